import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

export const setUserLocaleInput = z.object({ locale: z.enum(['fr', 'en']) });

/** The language the user picked: saved to their profile, used on every device and in every email. */
export async function setUserLocale(deps: { db: Db }, input: z.infer<typeof setUserLocaleInput> & { userId: string }) {
  await deps.db.user.update({ where: { id: input.userId }, data: { locale: input.locale } });
  return { locale: input.locale };
}
