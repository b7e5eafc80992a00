import { Readable } from 'node:stream';

import type { DbClient } from '@jackpot-portal/db';
import { parse } from 'csv-parse';

export const MAX_CSV_ROWS = 100_000;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The records of an uploaded CSV after its header line, each with its line number (the header is
 * line 1): streamed through csv-parse, `;` or `,` as the header line has it (French spreadsheets
 * write `;`), quoted fields, a UTF-8 BOM, blank lines skipped, fields trimmed. More than
 * MAX_CSV_ROWS is a RangeError.
 */
export async function readCsvRecords(csv: string): Promise<{ line: number; record: string[] }[]> {
  const header = csv.slice(0, Math.max(0, csv.search(/\r?\n/)) || csv.length);
  const delimiter = header.includes(';') ? ';' : ',';
  const parser = Readable.from([csv]).pipe(
    parse({ bom: true, delimiter, from_line: 2, relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  const records: { line: number; record: string[] }[] = [];
  let line = 1;
  for await (const record of parser as AsyncIterable<string[]>) {
    line += 1;
    if (records.length >= MAX_CSV_ROWS) throw new RangeError('too many rows');
    records.push({ line, record });
  }
  return records;
}

/** The users of these addresses (any case), by lower-cased email. */
export async function findUsersByEmail(db: DbClient, emails: readonly string[]) {
  const users = new Map<string, { id: string; disabled: boolean }>();
  for (let start = 0; start < emails.length; start += 5_000) {
    const found = await db.$queryRaw<{ id: string; email: string; disabled: boolean }[]>`
      SELECT u.id::text AS id, lower(u.email) AS email, u.disabled FROM users u
      WHERE lower(u.email) = ANY(${emails.slice(start, start + 5_000)})`;
    for (const user of found) users.set(user.email, { id: user.id, disabled: user.disabled });
  }
  return users;
}
