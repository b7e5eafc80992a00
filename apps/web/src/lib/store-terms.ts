/**
 * Jackpot writes a store's validity ("6 mois") and delivery time ("Sous 48 h", "Immédiat") as
 * French text. The portal reads the values out of it, to say them in the user's language; a text
 * it does not recognise is shown as Jackpot wrote it (marked as French).
 */
export function parseValidity(text: string | null): { months: number } | null {
  const match = /^\s*(\d+)\s*(mois|ans?)\s*$/i.exec(text ?? '');
  if (!match) return null;
  const count = Number(match[1]);
  return { months: match[2]!.toLowerCase() === 'mois' ? count : count * 12 };
}

export function parseDelivery(text: string | null): { hours: number } | null {
  if (/^\s*imm[ée]diat(e)?\s*$/i.test(text ?? '')) return { hours: 0 };
  const match = /^\s*sous\s+(\d+)\s*h(eures?)?\s*$/i.exec(text ?? '');
  return match ? { hours: Number(match[1]) } : null;
}
