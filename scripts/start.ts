// `npm start`: build, database, migrations, seed, Jackpot sandbox and the web app (production
// build), each step timed. Ctrl-C stops everything, the embedded database included.
import { parseArgs } from 'node:util';

import { readDbEnv } from '@jackpot-portal/db';

import { runStack } from './lib/run-stack';

const { values: flags } = parseArgs({
  options: {
    // A throw-away data folder, removed on exit: what the end-to-end tests use.
    ephemeral: { type: 'boolean', default: false },
    port: { type: 'string' },
    'sandbox-port': { type: 'string' },
    'db-port': { type: 'string' },
  },
});

await runStack({
  mode: 'production',
  command: 'npm start',
  ephemeral: flags.ephemeral,
  ports: (env) => ({
    web: Number(flags.port ?? env.PORT),
    sandbox: Number(flags['sandbox-port'] ?? env.SANDBOX_PORT),
    db: Number(flags['db-port'] ?? readDbEnv().EMBEDDED_POSTGRES_PORT),
  }),
  settings: {
    web: flags.port && '--port',
    sandbox: flags['sandbox-port'] && '--sandbox-port',
    db: flags['db-port'] && '--db-port',
  },
});
