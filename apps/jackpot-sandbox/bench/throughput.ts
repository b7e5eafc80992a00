// Throughput of the sandbox, run as a child process (the bundle, as `npm run sandbox` runs it)
// so that autocannon and the server do not share an event loop. Prints one line per scenario.
//
//   pnpm --filter @jackpot-portal/jackpot-sandbox bench [-- --duration 10 --connections 20 --catalogue 2000 --reservations 4000]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { GRANT_TYPE_JWT_BEARER, mintSessionJwt, routes } from '@jackpot-portal/jackpot-core';
import autocannon from 'autocannon';

import { DEFAULT_CREDENTIALS } from '../src/config';

const { values: args } = parseArgs({
  // `pnpm bench -- --flag` passes the `--` along.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    catalogue: { type: 'string', default: '48' },
    reservations: { type: 'string', default: '4000' },
  },
});
const durationS = Number(args.duration);
const connections = Number(args.connections);
const reservations = Number(args.reservations);
const { apiKey, apiSignature } = DEFAULT_CREDENTIALS;
const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');

async function startChild(catalogueSize: string) {
  const child = spawn(process.execPath, [bundle], {
    // A clean environment: defaults only, whatever JACKPOT_* / SANDBOX_* the caller has set.
    env: { SANDBOX_PORT: '0', SANDBOX_CONTROL_TOKEN: 'bench', SANDBOX_CATALOGUE_SIZE: catalogueSize },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API base URL\s+(http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${output}`)));
  });
  return { url, stop: () => new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGTERM')) };
}

/** The sandbox's own CPU time (from its control API), to tell its cost from a busy machine's. */
async function serverCpuMs(url: string): Promise<number> {
  const summary = (await (await fetch(`${url}/_sandbox/`, { headers: { 'x-sandbox-token': 'bench' } })).json()) as {
    process: { cpuMs: number };
  };
  return summary.process.cpuMs;
}

async function measure(url: string, title: string, options: autocannon.Options): Promise<void> {
  const cpuBefore = await serverCpuMs(url);
  const result = await autocannon({ connections, ...options });
  const cpuMs = (await serverCpuMs(url)) - cpuBefore;
  const ok = result['2xx'];
  // result.duration is whole seconds; short fixed-amount runs need the real elapsed time.
  const elapsedS = (result.finish.getTime() - result.start.getTime()) / 1000;
  const errors = result.non2xx + result.errors;
  console.log(
    `${title.padEnd(58)} ${(ok / elapsedS).toFixed(0).padStart(6)} req/s` +
      `   ${((ok / cpuMs) * 1000).toFixed(0).padStart(6)} req per server CPU-s` +
      `   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   ${ok} ok${errors ? `, ${errors} errors` : ''}`,
  );
}

async function exchange(url: string, assertion: string): Promise<string> {
  const response = await fetch(`${url}${routes.token()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: GRANT_TYPE_JWT_BEARER, client_id: apiKey, assertion }),
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

const mintJwts = (count: number) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      mintSessionJwt({ apiSignature, amountCents: 1000_00, notificationKey: `bench-${i}-${Math.random()}` }),
    ),
  );

/** Requests that each take the next item of a pool (autocannon needs a synchronous setupRequest). */
function fromPool<T>(pool: T[], build: (item: T) => autocannon.Request): autocannon.Request[] {
  let next = 0;
  return [{ setupRequest: (request) => ({ ...request, ...build(pool[next++ % pool.length]!) }) }];
}

const sandbox = await startChild(args.catalogue);
try {
  const stores = (await (
    await fetch(`${sandbox.url}${routes.listStores()}`, { headers: { apikey: apiKey } })
  ).json()) as {
    stores: {
      id: string;
      enabled: boolean;
      voucherPossibleDiscreteValues: number[];
      voucherValueMin: number;
      voucherValueMax: number;
      offers: { id: string }[];
    }[];
  };
  const target = stores.stores.find(
    (s) =>
      s.enabled && s.voucherPossibleDiscreteValues.length === 0 && s.voucherValueMin <= 50 && s.voucherValueMax >= 50,
  )!;
  console.log(
    `Sandbox ${sandbox.url}: ${stores.stores.length} stores, ${connections} connections, ${durationS} s per read scenario, Node ${process.version}\n`,
  );

  await measure(sandbox.url, `GET /v2/stores (apikey, ${stores.stores.length} stores)`, {
    url: `${sandbox.url}${routes.listStores()}`,
    duration: durationS,
    headers: { apikey: apiKey },
  });
  await measure(sandbox.url, `GET /v2/stores (apikey, gzip accepted, like fetch)`, {
    url: `${sandbox.url}${routes.listStores()}`,
    duration: durationS,
    headers: { apikey: apiKey, 'accept-encoding': 'gzip' },
  });
  await measure(sandbox.url, 'GET /v2/stores/{id} (apikey)', {
    url: `${sandbox.url}${routes.getStore(target.id)}`,
    duration: durationS,
    headers: { apikey: apiKey },
  });

  const jwts = await mintJwts(reservations);
  await measure(sandbox.url, `POST /v2/token (JWT exchange, ${reservations} fresh JWTs)`, {
    url: sandbox.url,
    amount: reservations,
    requests: fromPool(jwts, (assertion) => ({
      method: 'POST',
      path: routes.token(),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: GRANT_TYPE_JWT_BEARER, client_id: apiKey, assertion }),
    })),
  });

  const sessions = await Promise.all((await mintJwts(reservations)).map((jwt) => exchange(sandbox.url, jwt)));
  await measure(sandbox.url, `POST reserve-voucher-by-value (${reservations} pre-minted sessions)`, {
    url: sandbox.url,
    amount: reservations,
    requests: fromPool(sessions, (token) => ({
      method: 'POST',
      path: routes.reserveByValue(target.id, target.offers[0]!.id),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ value: 50 }),
    })),
  });
} finally {
  await sandbox.stop();
}
