import { describe, expect, it } from 'vitest';

import { contrastRatio, readableTextOn } from './readable-text-color';

describe('readableTextOn', () => {
  it('keeps white on dark brand colours and turns to ink on light ones', () => {
    expect(readableTextOn('#0055a4')).toBe('#ffffff');
    expect(readableTextOn('#ffc53d')).toBe('#16132b');
    expect(readableTextOn('#7fd3f7')).toBe('#16132b');
    expect(readableTextOn('#fff')).toBe('#16132b');
  });

  it('always reaches WCAG AA (4.5:1) for text', () => {
    for (let grey = 0; grey <= 255; grey += 5) {
      const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(readableTextOn(hex), hex)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
