import type { DbClient, Prisma } from '@jackpot-portal/db';
import { z } from 'zod';

import { decodeTimeCursor, keysetPage } from '../system/keyset-cursor';

export const listAuditLogInput = z.object({
  /** Actor's name or email (contains). */
  actor: z.string().trim().min(1).max(200).optional(),
  /** Exact action (`order.approve`) or a prefix ending in a dot (`order.`). */
  action: z.string().trim().min(1).max(100).optional(),
  /** Target id (exact), optionally with its type. */
  targetType: z.string().trim().min(1).max(40).optional(),
  targetId: z.string().trim().min(1).max(200).optional(),
  /** Inclusive day range (ISO dates, UTC). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  cursor: z.string().max(400).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

/**
 * The audit trail, newest first: filtered by actor, action, target and date, paged by keyset on
 * (createdAt, id) with the indexes `audit_log (createdAt)`, `(actorId, createdAt)`,
 * `(action, createdAt)` and `(targetType, targetId)`.
 */
export async function listAuditLog(deps: { db: DbClient }, rawInput: z.input<typeof listAuditLogInput>) {
  const input = listAuditLogInput.parse(rawInput);
  const after = input.cursor ? decodeTimeCursor(input.cursor) : null;
  const and: Prisma.AuditLogWhereInput[] = [];
  if (input.actor)
    and.push({
      actor: {
        OR: [
          { email: { contains: input.actor, mode: 'insensitive' } },
          { name: { contains: input.actor, mode: 'insensitive' } },
        ],
      },
    });
  if (input.action)
    and.push(input.action.endsWith('.') ? { action: { startsWith: input.action } } : { action: input.action });
  if (input.targetType) and.push({ targetType: input.targetType });
  if (input.targetId) and.push({ targetId: input.targetId });
  if (input.from) and.push({ createdAt: { gte: new Date(`${input.from}T00:00:00Z`) } });
  if (input.to) and.push({ createdAt: { lt: new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 86_400_000) } });
  // The plain bound lets the index scan start at the cursor; the OR is the exact keyset.
  if (after)
    and.push(
      { createdAt: { lte: after.at } },
      { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] },
    );
  const rows = await deps.db.auditLog.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const { page, nextCursor } = keysetPage(rows, input.limit, (row) => row.createdAt);
  return { entries: page, nextCursor };
}
