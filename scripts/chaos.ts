// `npm run chaos`, `chaos:crash`, `chaos:faults`: the reliability suites live in bench/src/chaos/ (see docs/RELIABILITY.md).
import '../bench/src/chaos/main';
