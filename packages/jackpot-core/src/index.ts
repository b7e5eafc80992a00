export * from './contract';
export * from './money';
