/** Relative luminance of an sRGB colour (WCAG 2.2's definition), 0 for black to 1 for white. */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!match) return null;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(digits.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a) ?? 0, luminance(b) ?? 0].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
}

const white = '#ffffff';
const ink = '#16132b';

const black = '#000000';
const aa = 4.5;

/**
 * White or the ink colour, whichever reads better on `background` (a store's brand colour from
 * Jackpot, light or dark); black on the mid tones where neither reaches 4.5:1 (white or black
 * always does). White when the colour is not a hex value.
 */
export function readableTextOn(background: string): string {
  if (luminance(background) === null) return white;
  const onWhite = contrastRatio(white, background);
  if (onWhite >= contrastRatio(ink, background)) return onWhite >= aa ? white : black;
  return contrastRatio(ink, background) >= aa ? ink : black;
}
