// `npm run bench`: the benchmarks live in bench/ (see bench/README.md).
import '../bench/src/main';
