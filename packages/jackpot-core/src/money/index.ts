export * from './allowed-values';
export * from './euros';
export * from './pricing';
