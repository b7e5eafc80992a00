import { createCampaign as create, createCampaignInput } from '../../services/campaigns/create-campaign';
import { adminProcedure } from '../../trpc';

export const createCampaign = adminProcedure
  .input(createCampaignInput)
  .mutation(({ ctx, input }) => create({ db: ctx.db }, { ...input, actor: ctx.actor }));
