/** The number of euros in an amount as the French pages print it ("1 234,56 €" → 1234.56). */
export const readEuros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
