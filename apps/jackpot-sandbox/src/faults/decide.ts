import { ROUTES } from '@jackpot-portal/jackpot-core';

import { type Random } from '../random';
import { type Faults, type RouteFault } from './config';

export type FaultDecision =
  | { kind: 'pass'; latencyMs: number }
  | { kind: 'error'; latencyMs: number; status: number; retryAfterS: number }
  | { kind: 'hang'; latencyMs: number; hangMs: number }
  | { kind: 'reset'; latencyMs: number }
  | { kind: 'half-open'; latencyMs: number }
  | { kind: 'stall-body'; latencyMs: number }
  | { kind: 'late'; latencyMs: number };

/**
 * Decides what happens to one request. Draws from the seeded random in a fixed order (jitter,
 * error, timeout, reset, half-open, stalled body, late; a rate of 0 draws nothing), so a given seed and
 * request sequence always fails the same way.
 */
export function decideFault(faults: Faults, method: string, path: string, random: Random): FaultDecision {
  const route: Partial<RouteFault> = faults.routes.find((rule) => matchesRoute(rule.match, method, path)) ?? {};
  const errorRate = route.errorRate ?? faults.errorRate;
  const timeoutRate = route.timeoutRate ?? faults.timeoutRate;
  const jitter = faults.latencyJitterMs > 0 ? Math.floor(random() * (faults.latencyJitterMs + 1)) : 0;
  const latencyMs = (route.latencyMs ?? faults.latencyMs) + jitter;
  if (errorRate > 0 && random() < errorRate) {
    return {
      kind: 'error',
      latencyMs,
      status: route.errorStatus ?? faults.errorStatus,
      retryAfterS: faults.retryAfterS,
    };
  }
  if (timeoutRate > 0 && random() < timeoutRate) return { kind: 'hang', latencyMs, hangMs: faults.hangMs };
  const resetRate = route.resetRate ?? faults.resetRate;
  if (resetRate > 0 && random() < resetRate) return { kind: 'reset', latencyMs };
  const halfOpenRate = route.halfOpenRate ?? faults.halfOpenRate;
  if (halfOpenRate > 0 && random() < halfOpenRate) return { kind: 'half-open', latencyMs };
  const stallBodyRate = route.stallBodyRate ?? faults.stallBodyRate;
  if (stallBodyRate > 0 && random() < stallBodyRate) return { kind: 'stall-body', latencyMs };
  const lateRate = route.lateRate ?? faults.lateRate;
  if (lateRate > 0 && random() < lateRate) return { kind: 'late', latencyMs: latencyMs + faults.lateMs };
  return { kind: 'pass', latencyMs };
}

/**
 * `match` is a contract route name (`reserveByPrice`), `*`, or `[METHOD ]path` where the path may
 * use `:param` for one segment and `*` for anything: `POST /v2/token`, `/v2/voucher/*`.
 */
export function matchesRoute(match: string, method: string, path: string): boolean {
  if (match === '*') return true;
  const named = (ROUTES as Record<string, { method: string; path: string } | undefined>)[match];
  const [ruleMethod, rulePath] = named ? [named.method, named.path] : splitMatch(match);
  if (ruleMethod && ruleMethod.toUpperCase() !== method.toUpperCase()) return false;
  return patternToRegExp(rulePath).test(path);
}

function splitMatch(match: string): [string | undefined, string] {
  const space = match.indexOf(' ');
  return space < 0 ? [undefined, match] : [match.slice(0, space), match.slice(space + 1).trim()];
}

const patternCache = new Map<string, RegExp>();

function patternToRegExp(pattern: string): RegExp {
  let regexp = patternCache.get(pattern);
  if (!regexp) {
    const source = pattern
      .split(/(\*|:[A-Za-z]+)/)
      .map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    regexp = new RegExp(`^${source}$`);
    patternCache.set(pattern, regexp);
  }
  return regexp;
}
