import { getCampaign, getCampaignInput } from '../../services/campaigns/get-campaign';
import { adminProcedure } from '../../trpc';

export const campaignDetails = adminProcedure
  .input(getCampaignInput)
  .query(({ ctx, input }) => getCampaign({ db: ctx.db }, input));
