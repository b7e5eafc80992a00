export * from './client';
export * from './contract';
export * from './money';
export * from './session-jwt';
export * from './webhooks';
