import { Hono } from 'hono';

export function createSandboxApp() {
  const app = new Hono();
  app.get('/health', (c) => c.json({ status: 'ok' }));
  return app;
}
