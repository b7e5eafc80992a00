import type { DbClient, Prisma } from '@jackpot-portal/db';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';

import { AppError } from '../../errors';
import { CSV_BOM, CSV_DELIMITER, csvDate, csvEuros } from './csv-format';

/** One employee's ledger (by id or email), or everybody's. */
export const exportLedgerCsvInput = z.object({
  userId: z.uuid().optional(),
  email: z.email().max(320).optional(),
});

const BATCH = 2_000;
const HEADER = [
  'entry_id',
  'created_at',
  'employee_email',
  'employee_name',
  'kind',
  'amount_eur',
  'order_id',
  'reason',
  'granted_by',
];

/**
 * The budget ledger as CSV, oldest first, in keyset batches of 2,000 on (createdAt, id) — the
 * index `ledger_entries (userId, createdAt)` serves one employee's — in constant memory.
 */
export async function* exportLedgerCsv(
  deps: { db: DbClient },
  rawInput: z.input<typeof exportLedgerCsvInput>,
): AsyncGenerator<string> {
  const input = exportLedgerCsvInput.parse(rawInput);
  let userId = input.userId;
  if (input.email) {
    const user = await deps.db.user.findFirst({
      where: { email: { equals: input.email, mode: 'insensitive' } },
      select: { id: true },
    });
    if (!user) throw new AppError('NOT_FOUND', 'No employee has this email.');
    userId = user.id;
  }
  yield CSV_BOM + stringify([HEADER], { delimiter: CSV_DELIMITER });
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.LedgerEntryWhereInput | undefined = after
      ? {
          // The plain bound lets the index scan start at the cursor; the OR is the exact keyset.
          createdAt: { gte: after.createdAt },
          OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }],
        }
      : undefined;
    const rows: Array<
      Prisma.LedgerEntryGetPayload<{
        include: { user: { select: { email: true; name: true } }; grantedBy: { select: { email: true } } };
      }>
    > = await deps.db.ledgerEntry.findMany({
      where: { AND: [userId ? { userId } : {}, keyset ?? {}] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: BATCH,
      include: { user: { select: { email: true, name: true } }, grantedBy: { select: { email: true } } },
    });
    if (rows.length === 0) return;
    yield stringify(
      rows.map((entry) => [
        entry.id,
        csvDate(entry.createdAt),
        entry.user.email,
        entry.user.name ?? '',
        entry.kind,
        csvEuros(entry.amountCents),
        entry.orderId ?? '',
        entry.reason ?? '',
        entry.grantedBy?.email ?? '',
      ]),
      { delimiter: CSV_DELIMITER },
    );
    const last = rows.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
    if (rows.length < BATCH) return;
  }
}
