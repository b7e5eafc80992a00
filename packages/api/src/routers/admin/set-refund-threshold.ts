import { REFUND_THRESHOLD } from '../../services/refunds/refund-threshold';
import { setCentsSettingInput, writeCentsSetting } from '../../services/settings/cents-setting';
import { adminProcedure } from '../../trpc';

export const setRefundThreshold = adminProcedure
  .input(setCentsSettingInput)
  .mutation(({ ctx, input }) => writeCentsSetting({ db: ctx.db }, REFUND_THRESHOLD, { ...input, actor: ctx.actor }));
