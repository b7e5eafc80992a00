import { banner } from './banner';
import { optionsFromEnv } from './config';
import { readSandboxEnv, type SandboxEnv } from './env';
import { startSandbox } from './server';

let env: SandboxEnv;
try {
  env = readSandboxEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const running = await startSandbox({
  ...optionsFromEnv(env),
  ...(env.SANDBOX_LOG_REQUESTS ? { logRequest: (line: string) => console.log(line) } : {}),
});
console.log(banner(running));

// Graceful shutdown: stop accepting, let timers go, flush the data file, exit 0.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  ${signal}: stopping the sandbox…`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
