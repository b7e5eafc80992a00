import type { IncomingMessage } from 'node:http';

import { ERROR_STATUS, RETRY_AFTER_HEADER } from '@jackpot-portal/jackpot-core';
import { type MiddlewareHandler } from 'hono';

import { ApiError } from '../errors';
import { type Sandbox } from '../sandbox';
import { decideFault } from './decide';

/**
 * Applies the current faults to an API request: added latency, then an injected error, a
 * connection reset, or a hang that lasts until the client gives up (or `hangMs` passes, or the
 * sandbox stops).
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
    await next();
  };
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
