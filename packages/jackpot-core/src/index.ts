export * from './contract';
export { centsToEuros, eurosToCents, hasWireEuroPrecision } from './money/euros';
