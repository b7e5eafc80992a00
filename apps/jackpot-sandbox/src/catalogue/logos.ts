import { initials } from './generate';

export const LOGO_SIZES = { small: 64, medium: 128, large: 256 } as const;
export type LogoSize = keyof typeof LOGO_SIZES;

export function isLogoSize(value: string): value is LogoSize {
  return Object.hasOwn(LOGO_SIZES, value);
}

export function logoPath(storeId: string, size: LogoSize): string {
  return `/logos/${storeId}-${size}.svg`;
}

/** A square SVG logo: the store's base colour and its initials in a contrasting colour. */
export function renderLogoSvg(name: string, baseColor: string, size: LogoSize): string {
  const px = LOGO_SIZES[size];
  const text = escapeXml(initials(name));
  const fontSize = Math.round(px * (text.length > 2 ? 0.32 : 0.4));
  const foreground = isDark(baseColor) ? '#FFFFFF' : '#1A1A1A';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${px} ${px}" role="img" aria-label="${escapeXml(name)}">` +
    `<rect width="${px}" height="${px}" rx="${Math.round(px * 0.18)}" fill="${baseColor}"/>` +
    `<text x="50%" y="50%" dy=".35em" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-weight="700" font-size="${fontSize}" fill="${foreground}">${text}</text>` +
    `</svg>`
  );
}

function isDark(hex: string): boolean {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  // Relative luminance (ITU-R BT.601 weights) is enough to choose black or white text.
  return 0.299 * r + 0.587 * g + 0.114 * b < 150;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
