export * from './client-session';
export * from './create-jackpot-client';
export * from './jackpot-client-from-env';
export * from './jackpot-error';
export { type Attachment } from './response-readers';
export * from './retry-policy';
