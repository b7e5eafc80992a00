import type { DbClient, Prisma } from '@jackpot-portal/db';

/** Who did it and from where: the admin procedure tier builds it from the request. */
export interface AuditActor {
  id: string;
  ip: string | null;
  userAgent: string | null;
}

export type AuditTargetType =
  'order' | 'user' | 'setting' | 'webhook' | 'job' | 'budget-import' | 'budget-batch' | 'campaign' | 'children-import';

export interface AuditEntry {
  /** `<target>.<verb>`, e.g. `order.approve`, `user.role` (the audit viewer filters on it). */
  action: string;
  targetType: AuditTargetType;
  targetId: string;
  /** The target's relevant fields before and after the change (null when it did not exist / is gone). */
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  /** What the action carried beyond the target's fields: a reason, an amount, Jackpot's answer. */
  data?: Prisma.InputJsonValue | null;
}

/**
 * The one way an admin action is recorded. Pass the transaction that makes the change, so the
 * row exists exactly when the change does. The time is the database's (`createdAt`).
 */
export function recordAudit(tx: DbClient, actor: AuditActor | null, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      ip: actor?.ip ?? null,
      userAgent: actor?.userAgent ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      data: entry.data ?? undefined,
    },
  });
}

/** The latest audit row of these actions on a target, with its actor's name: who decided first. */
export function latestDecision(
  db: DbClient,
  target: { targetType: AuditTargetType; targetId: string },
  actions: string[],
) {
  return db.auditLog.findFirst({
    where: { ...target, action: { in: actions } },
    orderBy: { createdAt: 'desc' },
    select: { action: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
}

/** How an admin is named in messages: their name, else their email. */
export function actorName(actor: { name: string | null; email: string } | null | undefined): string {
  return actor?.name ?? actor?.email ?? 'another admin';
}
