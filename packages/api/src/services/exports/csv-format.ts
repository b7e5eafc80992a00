/**
 * How the portal's CSV exports write values, for Excel in French first (the programme's admins):
 * UTF-8 with a byte order mark (else Excel reads the accents as Latin-1), `;` between fields
 * (Excel FR's list separator: a `,` file opens as one column), amounts in euros with two decimals
 * and a decimal comma (Excel FR reads `12.50` as text), dates in ISO 8601 UTC.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';

/** 1250 → "12,50"; -5 → "-0,05". Integer arithmetic: no float rounding. */
export function csvEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

export function csvDate(date: Date): string {
  return date.toISOString();
}
