import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

import type { AppRouter } from './root';

export { appRouter, type AppRouter } from './root';
export { createCallerFactory } from './trpc';
export type { ApiContext, InvitationMailer, SessionUser } from './context';
export { AppError, appErrorCodes, reportUnexpectedError, toTRPCError, type AppErrorCode } from './errors';
export { syncCatalogue, type CatalogueSyncCounts } from './services/catalogue/sync-catalogue';
export { syncStore, type StoreSyncOutcome } from './services/catalogue/sync-store';
export { checkDatabase, type DatabaseStatus } from './services/system/check-database';
export { databaseUnavailableError, isDatabaseUnavailable } from './services/system/database-unavailable';
export { listAllOrders } from './services/orders/list-all-orders';
export { getVoucherPdf, type VoucherPdf } from './services/orders/get-voucher-pdf';
export { exportLedgerCsv } from './services/exports/export-ledger-csv';
export { exportOrdersCsv } from './services/exports/export-orders-csv';
export { exportPayrollCsv } from './services/exports/export-payroll-csv';
export {
  sendEmail,
  smtpSettings,
  verifySmtp,
  type EmailMessage,
  type SendEmailDeps,
  type SmtpSettings,
} from './services/email/send-email';
export {
  issueSignInLink,
  type IssueSignInLinkDeps,
  type SignInLinkOutcome,
  type SignInLinkRecipient,
  type SignInLinkRequest,
} from './services/sign-in/issue-sign-in-link';
export { BUDGET_IMPORT_TEMPLATE } from './services/budgets/budget-import-file';
export { CHILDREN_IMPORT_TEMPLATE } from './services/children/children-import-file';
export { createSignInLimits, type SignInLimits, type SignInLimitSettings } from './services/sign-in/sign-in-limits';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
