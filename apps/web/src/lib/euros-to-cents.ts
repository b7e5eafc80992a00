/** A positive amount typed in euros (`12`, `12.5`, `12,50`) in cents; 0 when it is not one. */
export function eurosToCents(text: string): number {
  const value = text.trim();
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(value)) return 0;
  return Math.round(Number(value.replace(',', '.')) * 100);
}
