import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

import { ERROR_STATUS, RETRY_AFTER_HEADER } from '@jackpot-portal/jackpot-core';
import { type MiddlewareHandler } from 'hono';

import { ApiError } from '../errors';
import { type Sandbox } from '../sandbox';
import { decideFault } from './decide';

/**
 * Applies the current faults to an API request: added latency (a late request's includes
 * `lateMs`; it is then carried out as usual, even with its client gone), then an injected error, a
 * connection reset, a hang that lasts until the client gives up (or `hangMs` passes, or the
 * sandbox stops), a half-open connection (no answer and no close until the client closes it),
 * or an answer that stalls mid-body.
 */
export function faultInjection(sandbox: Sandbox): MiddlewareHandler {
  return async (c, next) => {
    const decision = decideFault(sandbox.settings.faults, c.req.method, c.req.path, sandbox.random);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (decision.kind === 'error') {
      if (decision.status === ERROR_STATUS.RATE_LIMITED) {
        throw new ApiError('RATE_LIMITED', 'Injected fault: rate limited', {
          headers: { [RETRY_AFTER_HEADER]: String(decision.retryAfterS) },
        });
      }
      throw new ApiError('INTERNAL', `Injected fault: HTTP ${decision.status}`, { status: decision.status });
    }
    if (decision.kind === 'reset') {
      // The node server's socket, destroyed before any byte of an answer: the client sees a reset.
      (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.destroy();
      throw new ApiError('INTERNAL', 'Injected fault: connection reset', { status: 502 });
    }
    if (decision.kind === 'hang') {
      await hang(c.req.raw.signal, decision.hangMs, sandbox.hangingRequests);
      throw new ApiError('INTERNAL', 'Injected fault: request timed out', { status: 504 });
    }
    if (decision.kind === 'half-open') {
      const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
      if (socket) await holdOpen(socket, sandbox.hangingRequests);
      throw new ApiError('INTERNAL', 'Injected fault: half-open connection', { status: 502 });
    }
    await next();
    if (decision.kind === 'stall-body') c.res = stallMidBody(c.res, sandbox.hangingRequests);
  };
}

/** Says nothing on the socket and leaves it open until the client closes it (the sandbox's stop destroys it). */
function holdOpen(socket: Socket, hangs: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const release = () => socket.destroy();
    hangs.add(release);
    socket.once('close', () => {
      hangs.delete(release);
      resolve();
    });
  });
}

/** The answer's status, headers and first half of its body, then nothing: the body never ends, the connection stays open. */
function stallMidBody(response: Response, hangs: Set<() => void>): Response {
  let release = () => {};
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      controller.enqueue(bytes.subarray(0, Math.max(1, Math.ceil(bytes.length / 2))));
      release = () => {
        hangs.delete(release);
        controller.error(new Error('the sandbox stopped'));
      };
      hangs.add(release);
    },
    cancel() {
      hangs.delete(release);
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function hang(signal: AbortSignal, maxMs: number, hangs: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const release = () => {
      clearTimeout(timer);
      hangs.delete(release);
      signal.removeEventListener('abort', release);
      resolve();
    };
    const timer = setTimeout(release, maxMs);
    hangs.add(release);
    signal.addEventListener('abort', release);
  });
}
