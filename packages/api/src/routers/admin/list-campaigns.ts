import { listCampaigns as list, listCampaignsInput } from '../../services/campaigns/list-campaigns';
import { adminProcedure } from '../../trpc';

export const listCampaigns = adminProcedure
  .input(listCampaignsInput)
  .query(({ ctx, input }) => list({ db: ctx.db }, input));
