// `npm run chaos[:suite] [-- --orders N --deliveries M …]`: the reliability suites of
// docs/RELIABILITY.md against the production stack (bench/src/stack.ts). Each prints its
// figures and a verdict, and exits 1 when a check failed.
import os from 'node:os';
import { parseArgs } from 'node:util';

import { reportFailure } from '../../../scripts/lib/steps';
import { machineLoad } from '../load';
import { buildAll, nextVersion, startStack, waitForQueues } from '../stack';
import { printResult, type SuiteResult } from './report';
import { runCrash } from './crash';
import { runDbRestart } from './db-restart';
import { runJackpotFaults } from './jackpot-faults';
import { runSoak } from './soak';
import { runTwoInstances } from './two-instances';
import { runWebhookChaos } from './webhook-chaos';

const { values: flags, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    orders: { type: 'string', default: '150' },
    deliveries: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '20' },
    timeout: { type: 'string', default: '600' },
    kills: { type: 'string', default: '3' },
    'error-rate': { type: 'string', default: '0.3' },
    'timeout-rate': { type: 'string', default: '0.2' },
    'reset-rate': { type: 'string', default: '0.1' },
    // Half-open connections, and as many answers stalled mid-body.
    'half-open-rate': { type: 'string', default: '0.05' },
    // Reservations Jackpot makes after the portal gave up on them.
    'late-rate': { type: 'string', default: '0.1' },
    'smtp-down': { type: 'boolean', default: false },
    down: { type: 'string', default: '10' },
    // Default 3, with --quick 1; 0: no cron check.
    'cron-minutes': { type: 'string' },
    minutes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '20' },
    'sample-every': { type: 'string', default: '10' },
    // Default: a sixth of the run, at least a minute.
    'warm-up': { type: 'string' },
    'memory-tolerance': { type: 'string', default: '16' },
    // A small run for npm test.
    quick: { type: 'boolean', default: false },
    'web-port': { type: 'string', default: '3460' },
    // The second web server of the two-instances suite (default: the web port + 1).
    'web-port-2': { type: 'string' },
    'sandbox-port': { type: 'string', default: '4460' },
    'db-port': { type: 'string', default: '5860' },
  },
});

const quick = flags.quick;
const suites: Record<string, (stack: Awaited<ReturnType<typeof startStack>>) => Promise<SuiteResult>> = {
  webhooks: (stack) =>
    runWebhookChaos(stack, {
      orders: quick ? 16 : Number(flags.orders),
      deliveries: quick ? 400 : Number(flags.deliveries),
      concurrency: Number(flags.concurrency),
      timeoutS: quick ? 120 : Number(flags.timeout),
    }),
  crash: (stack) =>
    runCrash(stack, {
      orders: quick ? 8 : Number(flags.orders),
      kills: quick ? 1 : Number(flags.kills),
      timeoutS: Number(flags.timeout),
    }),
  faults: (stack) =>
    runJackpotFaults(stack, {
      orders: quick ? 12 : Number(flags.orders),
      errorRate: Number(flags['error-rate']),
      timeoutRate: Number(flags['timeout-rate']),
      resetRate: Number(flags['reset-rate']),
      halfOpenRate: Number(flags['half-open-rate']),
      lateRate: Number(flags['late-rate']),
      smtpDown: flags['smtp-down'],
      timeoutS: Number(flags.timeout),
    }),
  'db-restart': (stack) =>
    runDbRestart(stack, { downS: Number(flags.down), employees: quick ? 8 : 40, timeoutS: Number(flags.timeout) }),
  'two-instances': (stack) =>
    runTwoInstances(stack, {
      orders: quick ? 16 : Number(flags.orders),
      deliveries: quick ? 400 : Number(flags.deliveries),
      concurrency: Number(flags.concurrency),
      timeoutS: quick ? 120 : Number(flags.timeout),
      cronMinutes: Number(flags['cron-minutes'] ?? (quick ? 1 : 3)),
    }),
  soak: (stack) => {
    const minutes = quick ? 3 : Number(flags.minutes);
    return runSoak(stack, {
      minutes,
      rate: Number(flags.rate),
      sampleS: quick ? 5 : Number(flags['sample-every']),
      warmUpMinutes: flags['warm-up'] ? Number(flags['warm-up']) : Math.max(1, Math.round(minutes / 6)),
      toleranceMb: Number(flags['memory-tolerance']),
    });
  },
};
// Suites that need a second web server on the stack.
const TWO_SERVERS = new Set(['two-instances']);

async function main() {
  // Several suites run one after the other on one stack (npm test's quick run).
  const wanted = positionals.length ? positionals : ['webhooks'];
  const unknown = wanted.filter((name) => !(name in suites));
  if (unknown.length) {
    console.error(`Unknown suite ${unknown.join(', ')}. Known: ${Object.keys(suites).join(', ')}.`);
    process.exit(2);
  }
  console.log(
    `Reliability suites ${wanted.join(', ')}${quick ? ' (quick)' : ''}; ${os.cpus().length} CPUs, Node ${process.version}, next ${nextVersion()}; ${machineLoad()}\n`,
  );
  await buildAll({ baseline: false });
  const webPort = Number(flags['web-port']);
  const stack = await startStack({
    ports: {
      web: webPort,
      ...(wanted.some((name) => TWO_SERVERS.has(name))
        ? { secondWeb: flags['web-port-2'] ? Number(flags['web-port-2']) : webPort + 1 }
        : {}),
      baseline: 0,
      sandbox: Number(flags['sandbox-port']),
      db: Number(flags['db-port']),
    },
    catalogueSize: 200,
    baseline: false,
  });
  const stop = () => void stack.stop().then(() => process.exit(130));
  process.once('SIGINT', stop);
  let passed = true;
  try {
    await waitForQueues(stack.db, ['catalogue.sync']);
    for (const name of wanted) passed = printResult(await suites[name]!(stack)) && passed;
  } finally {
    process.off('SIGINT', stop);
    const stopping = performance.now();
    // Bounded: a stack that cannot stop (PostgreSQL restarted by someone else, say) is a failure too.
    const stopped = await Promise.race([
      stack.stop().then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 60_000)),
    ]);
    console.log(
      `${stopped ? '✔' : '✖'} stack stopped ${stopped ? `in ${((performance.now() - stopping) / 1000).toFixed(1)} s` : 'not within 60 s'}`,
    );
    passed = passed && stopped;
  }
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  reportFailure(error);
  process.exit(1);
});
