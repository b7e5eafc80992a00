import { describe, expect, it } from 'vitest';

import { firstPage, keysetTrail } from './keyset-pagination';

describe('keyset pagination', () => {
  it('starts on the first page, with no cursor', () => {
    expect(keysetTrail.cursor(firstPage)).toBeNull();
    expect(keysetTrail.page(firstPage)).toBe(1);
  });

  it('goes forward with the cursor each page returned, and back the same way', () => {
    const second = keysetTrail.next(firstPage, 'after-20');
    const third = keysetTrail.next(second, 'after-40');
    expect([keysetTrail.cursor(third), keysetTrail.page(third)]).toEqual(['after-40', 3]);
    const back = keysetTrail.previous(third);
    expect([keysetTrail.cursor(back), keysetTrail.page(back)]).toEqual(['after-20', 2]);
    expect(keysetTrail.previous(keysetTrail.previous(back))).toEqual(firstPage);
  });
});
