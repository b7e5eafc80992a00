import { describe, expect, it } from 'vitest';

import { apiPolicy, createNonce, fixedSecurityHeaders, pagePolicy } from './headers';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values];
    }),
  );

const production = {
  nonce: 'abc123',
  development: false,
  https: true,
  jackpotOrigin: 'https://api.jackpot.example',
  signInOrigins: [],
};

describe('security headers', { tags: ['security'] }, () => {
  it('runs only scripts carrying the nonce, never inline or evaluated code, in production', () => {
    const policy = directives(pagePolicy(production));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
  });

  it('lets next dev evaluate code and inject styles, and keeps http when not served over https', () => {
    const policy = directives(pagePolicy({ ...production, development: true, https: false }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it("shows Jackpot's logos and lets the sign-in form reach the identity provider", () => {
    const policy = directives(
      pagePolicy({ ...production, jackpotOrigin: 'http://localhost:4010', signInOrigins: ['https://id.example.com'] }),
    );
    expect(policy.get('img-src')).toContain('http://localhost:4010');
    expect(policy.get('form-action')).toEqual(["'self'", 'https://id.example.com']);
  });

  it('lets nothing run or be framed in an API answer', () => {
    const policy = directives(apiPolicy);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends the fixed headers with every answer', () => {
    expect(Object.fromEntries(fixedSecurityHeaders.map(({ key, value }) => [key, value]))).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });

  it('makes a new 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16);
  });
});
