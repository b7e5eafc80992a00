import { SANDBOX_HEALTH_PATH } from '@jackpot-portal/jackpot-core';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';

import { type SandboxOptions } from './config';
import { ApiError } from './errors';
import { faultInjection } from './faults/middleware';
import { apiRoutes } from './routes/api';
import { controlRoutes } from './routes/control';
import { errorResponse } from './routes/http';
import { publicFileRoutes } from './routes/public-files';
import { Sandbox } from './sandbox';

/**
 * The sandbox as a Hono app, for `app.request()` in tests or any server. Pass options to get a
 * fresh sandbox, or an existing Sandbox to serve it.
 */
export function createSandboxApp(source: SandboxOptions | Sandbox = {}): Hono & { sandbox: Sandbox } {
  const sandbox = source instanceof Sandbox ? source : new Sandbox(source);
  // Not strict: /_sandbox and /_sandbox/ are the same route.
  const app = new Hono({ strict: false });

  const log = sandbox.config.logRequest;
  if (log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      log(`${c.req.method} ${c.req.path} → ${c.res.status} (${(performance.now() - started).toFixed(1)} ms)`);
    });
  }

  app.get(SANDBOX_HEALTH_PATH, (c) => c.json({ status: 'ok' }));
  app.use('/v2/*', faultInjection(sandbox));
  app.use('/files/*', faultInjection(sandbox));
  app.route('/', apiRoutes(sandbox));
  app.route('/', publicFileRoutes(sandbox));
  app.route('/_sandbox', controlRoutes(sandbox));

  app.notFound(() =>
    errorResponse(
      new ApiError('NOT_FOUND', 'No such route (see docs/jackpot-contract.md §4, or /_sandbox/ for control routes)'),
    ),
  );
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error);
    if (error instanceof HTTPException)
      return errorResponse(new ApiError('VALIDATION', error.message, { status: error.status }));
    console.error('Sandbox bug:', error);
    return errorResponse(new ApiError('INTERNAL', error instanceof Error ? error.message : String(error)));
  });

  return Object.assign(app, { sandbox });
}
