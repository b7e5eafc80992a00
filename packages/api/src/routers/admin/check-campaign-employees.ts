import {
  checkCampaignEmployees as check,
  checkCampaignEmployeesInput,
} from '../../services/campaigns/check-campaign-employees';
import { adminProcedure } from '../../trpc';

// A mutation, not a query: the file is too big for a URL.
export const checkCampaignEmployees = adminProcedure
  .input(checkCampaignEmployeesInput)
  .mutation(({ ctx, input }) => check({ db: ctx.db }, input));
