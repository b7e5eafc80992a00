import { launchCampaign as launch, launchCampaignInput } from '../../services/campaigns/launch-campaign';
import { adminProcedure } from '../../trpc';

export const launchCampaign = adminProcedure
  .input(launchCampaignInput)
  .mutation(({ ctx, input }) => launch({ db: ctx.db }, { ...input, actor: ctx.actor }));
