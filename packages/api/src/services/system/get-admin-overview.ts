import type { DbClient, OrderStatus } from '@jackpot-portal/db';

import { queueStats } from '../../queue/queue-stats';
import { SPENT_STATUSES } from '../orders/order-status';

/**
 * The programme at a glance for the admin overview: spend per month (last 12 months, value
 * issued beside price paid), vouchers by state, budgets granted vs used, and what needs an
 * admin (waiting approvals, failed jobs, webhook events in error). Aggregates in the database:
 * a few scans, whatever the number of orders.
 */
export async function getAdminOverview(deps: { db: DbClient; jobsSchema?: string }) {
  const { db } = deps;
  const since = new Date();
  since.setUTCDate(1);
  since.setUTCHours(0, 0, 0, 0);
  since.setUTCMonth(since.getUTCMonth() - 11);
  const [months, byStatus, totals, ledger, webhookFailed, queues] = await Promise.all([
    db.$queryRaw<Array<{ month: string; priceCents: bigint; valueCents: bigint; count: bigint }>>`
      SELECT to_char(date_trunc('month', "createdAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
             sum("priceCents") AS "priceCents", sum("valueCents") AS "valueCents", count(*) AS count
        FROM orders
       WHERE "createdAt" >= ${since} AND status::text = ANY(${SPENT_STATUSES as string[]}::text[])
       GROUP BY 1 ORDER BY 1`,
    db.order.groupBy({ by: ['status'], _count: { _all: true } }),
    db.order.aggregate({
      where: { status: { in: [...SPENT_STATUSES] } },
      _sum: { priceCents: true, valueCents: true },
    }),
    db.ledgerEntry.groupBy({ by: ['kind'], _sum: { amountCents: true } }),
    db.webhookEvent.count({ where: { status: 'FAILED' } }),
    queueStats(db, deps.jobsSchema),
  ]);
  const sumOf = (kind: string) => ledger.find((row) => row.kind === kind)?._sum.amountCents ?? 0;
  const grantedCents = sumOf('GRANT') + sumOf('REVOKE');
  const balanceCents = ledger.reduce((sum, row) => sum + (row._sum.amountCents ?? 0), 0);
  // Every month of the window, a month without spend at zero: the chart's axis has no gaps.
  const spendPerMonth = Array.from({ length: 12 }, (_, index) => {
    const at = new Date(since);
    at.setUTCMonth(since.getUTCMonth() + index);
    const month = at.toISOString().slice(0, 7);
    const row = months.find((m) => m.month === month);
    return {
      month,
      priceCents: Number(row?.priceCents ?? 0),
      valueCents: Number(row?.valueCents ?? 0),
      count: Number(row?.count ?? 0),
    };
  });
  return {
    spendPerMonth,
    byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Partial<
      Record<OrderStatus, number>
    >,
    issued: { valueCents: totals._sum.valueCents ?? 0, priceCents: totals._sum.priceCents ?? 0 },
    budgets: { grantedCents, usedCents: grantedCents - balanceCents, balanceCents },
    waitingApprovals: byStatus.find((row) => row.status === 'AWAITING_APPROVAL')?._count._all ?? 0,
    failedJobs: queues.queues.reduce((sum, queue) => sum + queue.failed, 0),
    webhookEventsFailed: webhookFailed,
  };
}
