import {
  previewCampaignCompliance,
  previewCampaignComplianceInput,
} from '../../services/campaigns/preview-campaign-compliance';
import { adminProcedure } from '../../trpc';

export const campaignCompliancePreview = adminProcedure
  .input(previewCampaignComplianceInput)
  .query(({ ctx, input }) => previewCampaignCompliance({ db: ctx.db }, input));
