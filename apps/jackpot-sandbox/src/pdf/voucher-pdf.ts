import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';

export interface VoucherPdfContent {
  storeName: string;
  baseColor: string;
  valueCents: number;
  couponId: string;
  code: string;
  pin: string;
  validityDate: string;
  mentions: string;
  voucherId: string;
}

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** "50,00 €" with ordinary spaces: the PDF's standard font has no narrow no-break space. */
export function formatEuros(cents: number): string {
  return euroFormat.format(cents / 100).replace(/[\u202f\u00a0]/g, ' ');
}

export function formatFrenchDate(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

/** The voucher a READY coupon downloads as: one A5 page a shop assistant could read. */
export async function renderVoucherPdf(content: VoucherPdfContent): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Bon d’achat ${content.storeName} — ${formatEuros(content.valueCents)}`);
  doc.setSubject(`Coupon ${content.couponId}`);
  doc.setProducer('Jackpot sandbox');
  doc.setCreator('Jackpot sandbox');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([420, 595]);
  const { width, height } = page.getSize();
  const margin = 32;
  const brand = hexToRgb(content.baseColor);

  page.drawRectangle({ x: 0, y: height - 120, width, height: 120, color: brand });
  const onBrand = luminance(content.baseColor) < 150 ? rgb(1, 1, 1) : rgb(0.1, 0.1, 0.1);
  const draw = (text: string, x: number, y: number, size: number, font: PDFFont, color = rgb(0.1, 0.1, 0.1)) =>
    page.drawText(encodable(font, text), { x, y, size, font, color });

  draw('BON D’ACHAT', margin, height - 50, 12, bold, onBrand);
  draw(content.storeName, margin, height - 84, 24, bold, onBrand);

  draw('Valeur', margin, height - 170, 11, regular);
  draw(formatEuros(content.valueCents), margin, height - 205, 34, bold);

  let y = height - 260;
  for (const [label, value] of [
    ['Code', content.code],
    ['Code PIN', content.pin],
    ['Référence (couponId)', content.couponId],
    ['Valable jusqu’au', formatFrenchDate(content.validityDate)],
  ] as const) {
    draw(label, margin, y, 10, regular, rgb(0.4, 0.4, 0.4));
    draw(value, margin + 130, y, 12, bold);
    y -= 26;
  }

  y -= 10;
  draw('Conditions d’utilisation', margin, y, 10, bold);
  y -= 16;
  for (const line of wrap(encodable(regular, content.mentions), regular, 9, width - 2 * margin)) {
    draw(line, margin, y, 9, regular, rgb(0.3, 0.3, 0.3));
    y -= 13;
  }

  draw('SANDBOX — bon de démonstration sans valeur marchande', margin, 40, 8, regular, rgb(0.6, 0.1, 0.1));
  draw(`Voucher ${content.voucherId}`, margin, 26, 7, regular, rgb(0.5, 0.5, 0.5));
  // A copy typed on a plain ArrayBuffer, which is what a Response body accepts.
  return new Uint8Array(await doc.save());
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// The standard fonts only know WinAnsi; anything else loses its accents rather than failing.
function encodable(font: PDFFont, text: string): string {
  try {
    font.encodeText(text);
    return text;
  } catch {
    return text.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
  }
}

function hexToRgb(hex: string) {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((value >> 16) & 0xff) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255);
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return 0.299 * ((value >> 16) & 0xff) + 0.587 * ((value >> 8) & 0xff) + 0.114 * (value & 0xff);
}
