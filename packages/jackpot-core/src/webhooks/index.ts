export * from './build-webhook-envelope';
export * from './parse-webhook';
export * from './webhook-retry-schedule';
export * from './webhook-target';
