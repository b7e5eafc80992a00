// The background half of the API for the server process: the webhook receiver, pg-boss and the
// workers. A separate entry (`@jackpot-portal/api/jobs`) so that only server code pulls pg-boss in.
export {
  receiveWebhook,
  type ReceiveWebhookDeps,
  type WebhookAnswer,
  type WebhookCall,
} from './services/webhooks/receive-webhook';
export { createWebhookBacklog, type WebhookBacklog } from './queue/webhook-backlog';
export { createBoss, startBoss, type BossOptions } from './queue/create-boss';
export { JOBS_SCHEMA, QUEUES } from './queue/queues';
export type { JobLog } from './queue/work-queue';
export { startJobWorkers, type JobWorkerDeps, type JobWorkerOptions } from './workers/start-job-workers';
export { type ReconcileSettings } from './services/orders/reconcile-orders';
export { DEFAULT_PENDING_GIVE_UP_AFTER_S } from './services/orders/give-up-pending-order';
export {
  type ComposeVoucherReadyEmail,
  type VoucherReadyDetails,
} from './services/notifications/send-voucher-ready-email';
