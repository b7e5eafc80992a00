export * from './mint-session-jwt';
export * from './session-jwt-claims';
export * from './verify-session-jwt';
