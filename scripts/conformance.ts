// `npm run conformance`: checks a Jackpot API against the contract with the conformance suite
// (packages/jackpot-conformance). Without JACKPOT_API_URL it starts its own sandbox; with it,
// it needs JACKPOT_API_KEY, JACKPOT_API_SIGNATURE and JACKPOT_CLIENT_SECRET, plus
// SANDBOX_CONTROL_TOKEN for the sandbox-only cases. Extra arguments go to vitest
// (e.g. `npm run conformance -- tests/auth`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const child = spawn('pnpm', ['exec', 'vitest', 'run', '--project', 'jackpot-conformance', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start vitest: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
