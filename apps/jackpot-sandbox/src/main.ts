import { serve } from '@hono/node-server';

import { createSandboxApp } from './app';
import { readSandboxEnv } from './env';

const env = readSandboxEnv();
const app = createSandboxApp();
const server = serve({ fetch: app.fetch, port: env.SANDBOX_PORT, hostname: env.SANDBOX_HOST }, (info) => {
  console.log(`Jackpot sandbox listening on http://localhost:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
  });
}
