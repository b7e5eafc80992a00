import { existsSync, readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import path from 'node:path';

import { PlainError } from './steps';

/** A port a command is about to listen on, and the setting that moves it. */
export interface PortClaim {
  port: number;
  /** What listens there, e.g. "the web app". */
  server: string;
  /** The variable (or flag, starting with --) that moves it. */
  setting: string;
  /** Said when the port is taken, e.g. who probably holds it. */
  hint?: string;
}

/** Resolves whether nothing listens on the port (any address, IPv4 or IPv6). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * Checks every claimed port before anything slow starts, and fails with one plain message that
 * names each taken port and the setting that moves it. `command` is how the user ran it
 * (`npm start`), for the example.
 */
export async function assertPortsFree(claims: PortClaim[], command: string): Promise<void> {
  const taken: PortClaim[] = [];
  for (const claim of claims) if (!(await isPortFree(claim.port))) taken.push(claim);
  if (taken.length === 0) return;
  const lines = taken.flatMap(({ port, server, setting, hint }) => [
    setting.startsWith('--')
      ? `Port ${port} (${server}) is in use by another program: stop it, or pass ${setting} with a free port.`
      : `Port ${port} (${server}) is in use by another program: stop it, or move it with ${setting}, e.g. ${setting}=${port + 1} ${command}`,
    ...(hint ? [`  ${hint}`] : []),
  ]);
  throw new PlainError(lines.join('\n  '));
}

/**
 * When the port is held by the embedded PostgreSQL of an earlier run that is still alive (its
 * data folder's postmaster.pid names the pid and the port), says so: the user did not start
 * "another program".
 */
export function leftoverPostgresHint(postgresDir: string, port: number): string | undefined {
  const pidFile = path.join(postgresDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || Number(portLine) !== port) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return `It is the PostgreSQL of another run in this folder (pid ${pid}): stop that run with Ctrl-C, or end it with kill ${pid}.`;
}

/** A port nothing listens on right now, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
