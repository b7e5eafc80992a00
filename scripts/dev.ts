// `npm run dev`: the same stack as `npm start`, with hot reload — `next dev` for the web app
// and `tsx watch` for the sandbox. Data lives in .data/ like `npm start`'s.
import { readDbEnv } from '@jackpot-portal/db';

import { runStack } from './lib/run-stack';

await runStack({
  mode: 'development',
  command: 'npm run dev',
  ports: (env) => ({ web: env.PORT, sandbox: env.SANDBOX_PORT, db: readDbEnv().EMBEDDED_POSTGRES_PORT }),
});
