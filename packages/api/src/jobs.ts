// The background half of the API for the server process: the webhook receiver, pg-boss and the
// workers. A separate entry (`@jackpot-portal/api/jobs`) so that only server code pulls pg-boss in.
export {
  receiveWebhook,
  type ReceiveWebhookDeps,
  type WebhookAnswer,
  type WebhookCall,
} from './services/webhooks/receive-webhook';
export { createWebhookBacklog, type WebhookBacklog } from './services/webhooks/webhook-backlog';
export { createBoss, startBoss, type BossOptions } from './services/jobs/create-boss';
export {
  startJobWorkers,
  type JobLog,
  type JobWorkerDeps,
  type JobWorkerOptions,
} from './services/jobs/start-job-workers';
export { type ReconcileSettings } from './services/jobs/reconcile-orders';
export { JOBS_SCHEMA, QUEUES } from './services/jobs/queues';
export { DEFAULT_PENDING_GIVE_UP_AFTER_S } from './services/orders/give-up-pending-order';
