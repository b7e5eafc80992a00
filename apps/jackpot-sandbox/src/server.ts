import { type AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';

import { createSandboxApp } from './app';
import { type SandboxCredentials, type SandboxOptions } from './config';
import { Sandbox } from './sandbox';

const STOP_GRACE_MS = 250;

export interface RunningSandbox {
  /** Base URL, e.g. http://localhost:53211 (the public URL when one was given). */
  url: string;
  port: number;
  controlToken: string;
  credentials: SandboxCredentials;
  /** The running sandbox, for direct control in tests (clock, settings, deliveries). */
  sandbox: Sandbox;
  /** Stops accepting connections, releases hung requests, stops timers and flushes the data file. */
  stop(): Promise<void>;
}

/** Starts the sandbox's HTTP server on `options.port` (default: a free port) and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = new Sandbox(options);
  const app = createSandboxApp(sandbox);
  const host = options.host ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  if (!options.publicUrl) sandbox.setPublicUrl(`http://localhost:${port}`);
  let stopping: Promise<void> | undefined;
  return {
    url: sandbox.publicUrl,
    port,
    controlToken: sandbox.config.controlToken,
    credentials: sandbox.config.credentials,
    sandbox,
    stop: () =>
      (stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await sandbox.stop();
        // Keep-alive connections would hold close() for seconds: idle ones go now, busy ones
        // get a short grace to finish their answer.
        if ('closeIdleConnections' in server) {
          server.closeIdleConnections();
          const force = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
          await closed;
          clearTimeout(force);
        }
        await closed;
      })()),
  };
}
