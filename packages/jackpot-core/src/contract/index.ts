export * from './decisions';
export * from './error-codes';
export * from './routes';
export * from './schemas';
export * from './voucher-lifecycle';
