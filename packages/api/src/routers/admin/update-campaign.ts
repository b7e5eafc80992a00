import { updateCampaign as update, updateCampaignInput } from '../../services/campaigns/update-campaign';
import { adminProcedure } from '../../trpc';

export const updateCampaign = adminProcedure
  .input(updateCampaignInput)
  .mutation(({ ctx, input }) => update({ db: ctx.db }, { ...input, actor: ctx.actor }));
