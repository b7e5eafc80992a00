import { deleteCampaign as remove, deleteCampaignInput } from '../../services/campaigns/delete-campaign';
import { adminProcedure } from '../../trpc';

export const deleteCampaign = adminProcedure
  .input(deleteCampaignInput)
  .mutation(({ ctx, input }) => remove({ db: ctx.db }, { ...input, actor: ctx.actor }));
