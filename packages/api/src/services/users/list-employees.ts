import { type DbClient, Prisma } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

/** The employees table's search, filters and page; every field also lives in the page's URL. */
export const listEmployeesInput = z.object({
  /** Name or email, contains, any case. */
  q: z.string().trim().max(200).optional(),
  role: z.enum(['EMPLOYEE', 'ADMIN']).optional(),
  disabled: z.boolean().optional(),
  flagged: z.boolean().optional(),
  /** true: a balance above zero; false: nothing left. */
  hasBudget: z.boolean().optional(),
  cursor: z.string().max(400).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListEmployeesInput = z.input<typeof listEmployeesInput>;

export interface EmployeeRow {
  id: string;
  email: string;
  name: string | null;
  role: 'EMPLOYEE' | 'ADMIN';
  disabled: boolean;
  flagged: boolean;
  balanceCents: number;
  createdAt: Date;
}

/** The filters as one SQL condition on `users u` (shared by the list and the grant to a filtered set). */
export function employeesWhere(input: Omit<z.infer<typeof listEmployeesInput>, 'cursor' | 'limit'>): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    and.push(Prisma.sql`(u.email ILIKE ${pattern} OR u.name ILIKE ${pattern})`);
  }
  if (input.role) and.push(Prisma.sql`u.role = ${input.role}::"Role"`);
  if (input.disabled !== undefined) and.push(Prisma.sql`u.disabled = ${input.disabled}`);
  if (input.flagged !== undefined) and.push(Prisma.sql`u.flagged = ${input.flagged}`);
  if (input.hasBudget !== undefined) and.push(input.hasBudget ? Prisma.sql`b.balance > 0` : Prisma.sql`b.balance <= 0`);
  return Prisma.join(and, ' AND ');
}

/** Each user's balance, the sum of their ledger (index ledger_entries (userId, createdAt)). */
export const balanceJoin = Prisma.sql`CROSS JOIN LATERAL (
  SELECT COALESCE(SUM(l."amountCents"), 0)::int AS balance FROM ledger_entries l WHERE l."userId" = u.id
) b`;

function decodeCursor(cursor: string): string {
  const email = Buffer.from(cursor, 'base64url').toString();
  if (!email.includes('@'))
    throw new AppError('VALIDATION', 'This page link is no longer valid: start again from the first page.');
  return email;
}

/**
 * Every user, searched and filtered, ordered by email and paged by keyset (the unique email
 * index): a deep page costs what the first does. Balances are summed per row of the page.
 */
export async function listEmployees(deps: { db: DbClient }, rawInput: ListEmployeesInput) {
  const input = listEmployeesInput.parse(rawInput);
  const after = input.cursor ? Prisma.sql`AND u.email > ${decodeCursor(input.cursor)}` : Prisma.empty;
  const rows = await deps.db.$queryRaw<EmployeeRow[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.disabled, u.flagged, b.balance AS "balanceCents", u."createdAt"
    FROM users u ${balanceJoin}
    WHERE ${employeesWhere(input)} ${after}
    ORDER BY u.email
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    employees: page,
    nextCursor: rows.length > input.limit && last ? Buffer.from(last.email).toString('base64url') : null,
  };
}
