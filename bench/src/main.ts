// `npm run bench [-- measure…] [--catalogue N] [--duration S] …`: builds the portal and a bare
// Next.js app from the same `next`, starts the production stack beside it, runs each measure
// with its baseline in the same run, and prints the figures (a Markdown table at the end).
// Benchmarks print; nothing here is a pass/fail test.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { reportFailure } from '../../scripts/lib/steps';
import { machineLoad } from './load';
import { measureFirstLoad, measureLighthouse } from './measures/browser';
import { measureFreshClone } from './measures/fresh-clone';
import { measureIngest } from './measures/ingest';
import { measureBurst, measureSteady } from './measures/processing';
import { measureCatalogueList, measurePages } from './measures/reads';
import { measureReserveRace } from './measures/reserve-race';
import { type Figure, printFigure, printTable } from './report';
import {
  type BenchStack,
  buildAll,
  nextVersion,
  resetStatementStats,
  startStack,
  statementStats,
  waitForQueues,
} from './stack';

const { values: flags, positionals } = parseArgs({
  // `npm run bench -- --flag` passes the `--` along.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    catalogue: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '10' },
    burst: { type: 'string', default: '10000' },
    'burst-timeout': { type: 'string', default: '300' },
    rate: { type: 'string', default: '50' },
    'steady-seconds': { type: 'string', default: '30' },
    'web-port': { type: 'string', default: '3450' },
    'baseline-port': { type: 'string', default: '3451' },
    'sandbox-port': { type: 'string', default: '4450' },
    'db-port': { type: 'string', default: '5850' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    // Profiling: the web server's CPU profiles, written when the stack stops
    // (summarize them with bench/src/profile-summary.ts), and the costliest SQL per measure.
    'cpu-prof': { type: 'string' },
    'pg-stats': { type: 'boolean', default: false },
    // What the browser measures saw, kept in this folder: /catalogue's HTML, Lighthouse's JSON reports.
    reports: { type: 'string' },
    // Leave the stack running after the measures, for a look around, until Ctrl-C.
    keep: { type: 'boolean', default: false },
  },
});

type Measure = (stack: BenchStack) => Promise<Figure | Figure[]>;

const durationS = Number(flags.duration);
const reportDir = flags.reports && path.resolve(flags.reports);
const stackMeasures: Record<string, Measure> = {
  reserve: (stack) => measureReserveRace(stack, { requests: 100 }),
  catalogue: (stack) => measureCatalogueList(stack, { durationS }),
  pages: (stack) => measurePages(stack, { durationS }),
  ingest: (stack) => measureIngest(stack, { durationS }),
  steady: (stack) => measureSteady(stack, { rate: Number(flags.rate), seconds: Number(flags['steady-seconds']) }),
  burst: (stack) => measureBurst(stack, { events: Number(flags.burst), timeoutS: Number(flags['burst-timeout']) }),
  'first-load': (stack) => measureFirstLoad(stack, { reportDir }),
  lighthouse: (stack) =>
    measureLighthouse(stack, {
      chromium: flags.chromium,
      reportDir,
    }),
};
const allMeasures = [...Object.keys(stackMeasures), 'fresh-clone'];

async function main() {
  const wanted = positionals.length ? positionals : allMeasures;
  const unknown = wanted.filter((name) => !allMeasures.includes(name));
  if (unknown.length) {
    console.error(`Unknown measure ${unknown.join(', ')}. Known: ${allMeasures.join(', ')}.`);
    process.exit(2);
  }
  const ports = {
    web: Number(flags['web-port']),
    baseline: Number(flags['baseline-port']),
    sandbox: Number(flags['sandbox-port']),
    db: Number(flags['db-port']),
  };
  console.log(
    `Benchmarks: ${wanted.join(', ')}; catalogue of ${flags.catalogue} stores; ${os.cpus().length} CPUs, Node ${process.version}, next ${nextVersion()}; ${machineLoad()}\n`,
  );
  const figures: Figure[] = [];
  const record = (result: Figure | Figure[]) => {
    for (const figure of [result].flat()) {
      printFigure(figure);
      figures.push(figure);
    }
  };

  const onStack = wanted.filter((name) => name in stackMeasures);
  if (onStack.length) {
    await buildAll();
    const stack = await startStack({
      ports,
      catalogueSize: Number(flags.catalogue),
      cpuProfDir: flags['cpu-prof'] && path.resolve(flags['cpu-prof']),
      pgStats: flags['pg-stats'],
    });
    const stop = () => void stack.stop().then(() => process.exit(130));
    process.once('SIGINT', stop);
    try {
      // The web server queues a catalogue sync when it starts: let it finish first.
      await waitForQueues(stack.db, ['catalogue.sync']);
      for (const name of onStack) {
        console.log(`\n▸ ${name} — ${machineLoad()}`);
        if (flags['pg-stats']) await resetStatementStats(stack.db);
        record(await stackMeasures[name]!(stack));
        if (flags['pg-stats'])
          console.log(`\n  costliest statements (pg_stat_statements):\n${await statementStats(stack.db)}`);
      }
      if (flags.keep) {
        console.log(
          `\nKept running (Ctrl-C stops it): portal ${stack.web.url}, bare app ${stack.baseline.url}, sandbox ${stack.sandbox.url}, database ${stack.databaseUrl}`,
        );
        await new Promise<never>(() => {});
      }
    } finally {
      process.off('SIGINT', stop);
      await stack.stop();
    }
  }
  if (wanted.includes('fresh-clone')) {
    console.log(`\n▸ fresh-clone — ${machineLoad()}`);
    record(await measureFreshClone({ ports: { web: ports.web + 10, sandbox: ports.sandbox + 10, db: ports.db + 10 } }));
  }
  console.log(`\nDone — ${machineLoad()}`);
  printTable(figures);
}

main().catch((error: unknown) => {
  reportFailure(error);
  process.exit(1);
});
