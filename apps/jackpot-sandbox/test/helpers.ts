import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo } from 'node:net';
import { inflateSync } from 'node:zlib';

import {
  GRANT_TYPE_CLIENT_CREDENTIALS,
  GRANT_TYPE_JWT_BEARER,
  mintSessionJwt,
  routes,
} from '@jackpot-portal/jackpot-core';
import { afterEach } from 'vitest';

import { type RunningSandbox, type SandboxOptions, startSandbox } from '../src/index';

export const CONTROL_TOKEN = 'test-control-token';

/** Parsed JSON answers, read loosely: the assertions are the type checks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

const running: RunningSandbox[] = [];
const receivers: WebhookReceiver[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.stop()));
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

/** A sandbox on a random port with test-sized timers; stopped after each test. */
export async function sandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const started = await startSandbox({
    controlToken: CONTROL_TOKEN,
    webhookRetry: { firstRetryDelayMs: 20, giveUpAfterMs: 1_000, attemptTimeoutMs: 500 },
    ...options,
  });
  running.push(started);
  return new TestSandbox(started);
}

export interface CallOptions {
  token?: string;
  apikey?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export class TestSandbox {
  constructor(readonly running: RunningSandbox) {}

  get url(): string {
    return this.running.url;
  }

  get sandbox() {
    return this.running.sandbox;
  }

  async call(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<{ status: number; body: Json; headers: Headers }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.apikey) headers.apikey = options.apikey;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (PDF, SVG): keep the text.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  control(method: string, path: string, body?: unknown) {
    return this.call(method, `/_sandbox${path}`, {
      headers: { 'x-sandbox-token': CONTROL_TOKEN },
      ...(body === undefined ? {} : { body }),
    });
  }

  jwt(claims: { amountCents?: number; notificationKey?: string; userId?: string; forceManualConfirm?: boolean } = {}) {
    return mintSessionJwt({
      apiSignature: this.running.credentials.apiSignature,
      amountCents: claims.amountCents ?? 100_00,
      notificationKey: claims.notificationKey ?? `order-${Math.random().toString(36).slice(2)}`,
      ...(claims.userId === undefined ? {} : { userId: claims.userId }),
      ...(claims.forceManualConfirm === undefined ? {} : { forceManualConfirm: claims.forceManualConfirm }),
    });
  }

  async exchange(assertion: string) {
    return this.call('POST', routes.token(), {
      body: { grant_type: GRANT_TYPE_JWT_BEARER, client_id: this.running.credentials.apiKey, assertion },
    });
  }

  /** A fresh client session; returns its access token. */
  async clientSession(claims: Parameters<TestSandbox['jwt']>[0] = {}): Promise<string> {
    const { status, body } = await this.exchange(await this.jwt(claims));
    if (status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
    return body.access_token as string;
  }

  async m2mSession(): Promise<string> {
    const { body } = await this.call('POST', routes.token(), {
      body: {
        grant_type: GRANT_TYPE_CLIENT_CREDENTIALS,
        client_id: this.running.credentials.apiKey,
        client_secret: this.running.credentials.clientSecret,
      },
    });
    return body.access_token as string;
  }

  /** First enabled store matching the predicate, from the wire catalogue. */
  async findStore(predicate: (store: Json) => boolean): Promise<Json> {
    const { body } = await this.call('GET', routes.listStores(), { apikey: this.running.credentials.apiKey });
    const store = (body.stores as Json[]).find(predicate);
    if (!store) throw new Error('no store matches');
    return store;
  }

  /** Reserves a voucher of `value` euros at a plain-rate-agnostic store; returns the voucher. */
  async reserve(options: { amountCents?: number; forceManualConfirm?: boolean; refundable?: boolean } = {}) {
    const store = await this.findStore(
      (s) =>
        s.enabled &&
        s.voucherPossibleDiscreteValues.includes(50) &&
        (options.refundable === undefined || s.refundable === options.refundable),
    );
    const offer = store.offers[0];
    const token = await this.clientSession({
      amountCents: options.amountCents ?? 200_00,
      forceManualConfirm: options.forceManualConfirm,
    });
    const { status, body } = await this.call('POST', routes.reserveByValue(store.id, offer.id), {
      token,
      body: { value: 50 },
    });
    if (status !== 201) throw new Error(`reservation failed: ${JSON.stringify(body)}`);
    return { voucher: body, store, offer, token };
  }
}

/** Signs a JWT by hand, for algorithms and claims the contract's minting refuses to produce. */
export function handSignedJwt(
  claims: Record<string, unknown>,
  secret: string,
  alg: 'HS256' | 'HS384' | 'HS512' = 'HS256',
): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = `${encode({ alg, typ: 'JWT' })}.${encode(claims)}`;
  const digest = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${head}.${createHmac(digest, secret).update(head).digest('base64url')}`;
}

export interface ReceivedWebhook {
  body: Json;
  receivedAt: number;
}

/** A real local HTTP receiver; `respond` decides each answer's status (default 200). */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  respond: (request: ReceivedWebhook, index: number) => number | Promise<number> = () => 200;
  private readonly server = createServer((request, response) => {
    void readBody(request).then(async (text) => {
      const entry = { body: JSON.parse(text) as unknown, receivedAt: Date.now() };
      this.received.push(entry);
      response.statusCode = await this.respond(entry, this.received.length - 1);
      response.end();
    });
  });
  url = '';

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hook`;
    receivers.push(receiver);
    return receiver;
  }

  events(name?: string): Json[] {
    return this.received.map((entry) => entry.body).filter((body) => name === undefined || body.event === name);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** Polls until `check` stops throwing (for asynchronous webhook deliveries). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** The text drawn on a PDF's pages: inflates every content stream and decodes its hex strings. */
export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const pieces: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) {
      pieces.push(Buffer.from(hex[1]!, 'hex').toString('latin1').replace(/\x80/g, '€'));
    }
  }
  return pieces.join('\n');
}
