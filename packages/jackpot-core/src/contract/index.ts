export * from './decisions';
export * from './error-codes';
export * from './proposed-vouchers';
export * from './reservation-rules';
export * from './routes';
export * from './schemas';
export * from './voucher-lifecycle';
export * from './unknown-reservation';
