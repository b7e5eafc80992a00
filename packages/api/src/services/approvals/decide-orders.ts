import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError } from '../../errors';
import type { AuditActor } from '../audit/record-audit';
import { decideOrder } from '../orders/decide-order';

export const decideOrdersInput = z
  .object({
    orderIds: z.array(z.uuid()).min(1).max(100),
    approve: z.boolean(),
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .refine((input) => input.approve || input.reason, { message: 'A rejection says why.', path: ['reason'] });

export type OrderDecisionReport =
  | { orderId: string; ok: true; status: string }
  | { orderId: string; ok: false; code: string; message: string; params: Record<string, string> | null };

/**
 * Bulk approve or reject from the approvals queue: each order is its own guarded decision
 * (decideOrder: its claim, its Jackpot call, its audit row), one after the other, and the answer
 * reports each — decided, or why not (already decided by another admin, own voucher, Jackpot
 * unavailable…). One failure does not stop the others.
 */
export async function decideOrders(
  deps: { db: Db; jackpot: JackpotClient },
  input: z.infer<typeof decideOrdersInput> & { actor: AuditActor },
): Promise<{ results: OrderDecisionReport[] }> {
  const results: OrderDecisionReport[] = [];
  for (const orderId of new Set(input.orderIds)) {
    try {
      const decided = await decideOrder(deps, {
        orderId,
        decision: input.approve ? 'order.approve' : 'order.reject',
        actor: input.actor,
        ...(input.reason ? { reason: input.reason } : {}),
      });
      results.push({ orderId, ok: true, status: decided.status });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ orderId, ok: false, code: error.code, message: error.message, params: error.params });
    }
  }
  return { results };
}
