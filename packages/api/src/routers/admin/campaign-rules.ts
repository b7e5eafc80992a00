import { getCampaignRules } from '../../services/campaigns/get-campaign-rules';
import { adminProcedure } from '../../trpc';

export const campaignRules = adminProcedure.query(() => getCampaignRules());
