export { centsToEuros, eurosToCents } from './money';
