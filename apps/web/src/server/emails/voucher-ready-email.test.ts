import { describe, expect, it } from 'vitest';

import { formatEuros } from '~/lib/money';

import { voucherReadyEmail } from './voucher-ready-email';

const voucher = { storeName: 'Fnac', valueCents: 5_000, link: 'https://portal.example/vouchers' };

describe('the voucher-ready email', () => {
  it('speaks French with the amount as the pages write it', () => {
    const email = voucherReadyEmail({ ...voucher, locale: 'fr' });
    expect(email.subject).toBe(`Votre bon Fnac de ${formatEuros(5_000, 'fr')} est prêt`);
    expect(email.text).toContain('Bonjour,');
    expect(email.text).toContain('https://portal.example/vouchers');
  });

  it('speaks English to an English-speaking user', () => {
    const email = voucherReadyEmail({ ...voucher, locale: 'en' });
    expect(email.subject).toBe('Your €50.00 Fnac voucher is ready');
    expect(email.text).toContain('Download it from the My vouchers page:\nhttps://portal.example/vouchers');
  });
});
