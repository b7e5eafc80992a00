import { APPROVAL_THRESHOLD } from '../../services/orders/confirmation-policy';
import { setCentsSettingInput, writeCentsSetting } from '../../services/settings/cents-setting';
import { adminProcedure } from '../../trpc';

export const setApprovalThreshold = adminProcedure
  .input(setCentsSettingInput)
  .mutation(({ ctx, input }) => writeCentsSetting({ db: ctx.db }, APPROVAL_THRESHOLD, { ...input, actor: ctx.actor }));
