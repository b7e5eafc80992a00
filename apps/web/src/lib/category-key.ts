/**
 * The message key of a catalogue category (Jackpot names them in French: "Culture & Loisirs"):
 * lower case, no accents, words joined by "-" ("culture-loisirs"). The names in each language are
 * in messages/{fr,en}.json under "categories"; a category Jackpot adds later shows as it is named.
 */
export function categoryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
