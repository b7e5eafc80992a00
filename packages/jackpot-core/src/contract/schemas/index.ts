export * from './euros';
export * from './error-body';
export * from './offer';
export * from './proposed-voucher';
export * from './store';
export * from './token';
export * from './voucher';
export * from './webhook';
