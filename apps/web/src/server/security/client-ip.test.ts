import { describe, expect, it } from 'vitest';

import { clientIp } from './client-ip';

describe('client IP', { tags: ['security'] }, () => {
  it('is the address the front server saw: the last X-Forwarded-For entry', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4, 198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientIp(new Headers({ 'x-forwarded-for': ' ::1 ' }))).toBe('::1');
  });

  it('is unknown without the header', () => {
    expect(clientIp(new Headers())).toBeNull();
    expect(clientIp(new Headers({ 'x-forwarded-for': ' , ' }))).toBeNull();
  });
});
