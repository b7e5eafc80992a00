import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { type SignInLinkRecipient, storeSignInLink } from '../sign-in/issue-sign-in-link';
import type { SignInLimits } from '../sign-in/sign-in-limits';
import { runTransaction } from '../system/run-transaction';

/** At most this many addresses per invitation batch: a paste of a team, not a mailing. */
export const MAX_INVITATIONS = 200;

export const inviteEmployeesInput = z.object({
  employees: z
    .array(z.object({ email: z.email().max(254), name: z.string().trim().max(120).optional() }))
    .min(1)
    .max(MAX_INVITATIONS),
  locale: z.enum(['fr', 'en']).default('fr'),
  /** false: create the accounts only (they sign in from the sign-in page when they like). */
  sendEmail: z.boolean().default(true),
});

/** How the web app makes and sends a sign-in link (the invitation is the sign-in email; context.ts has the same shape). */
export interface InvitationMailer {
  limits: Pick<SignInLimits, 'consumeAddress'>;
  /** A fresh link for the address: its URL, and its token as Auth.js stores it. */
  newLink(email: string): { url: string; tokenHash: string; expires: Date };
  send(recipient: SignInLinkRecipient, url: string): Promise<void>;
}

/** `unsent`: the account exists, but the email could not be sent (the SMTP server unreachable): invite again later. */
export type InvitationOutcome = 'created' | 'sent' | 'limited' | 'disabled' | 'unsent';

/**
 * Creates the accounts that do not exist yet (employees), each with a `user.invite` audit row, in
 * one transaction; then sends each enabled address the sign-in email, counted against the same
 * per-address limit as sign-in, so repeated invitations cannot flood an inbox. A disabled
 * account is left alone (enable it first).
 */
export async function inviteEmployees(
  deps: { db: Db; mailer?: InvitationMailer },
  input: z.infer<typeof inviteEmployeesInput> & { actor: AuditActor },
) {
  const { mailer } = deps;
  if (input.sendEmail && !mailer) throw new AppError('CONFLICT', 'Emails cannot be sent from here.');
  const wanted = new Map<string, string | undefined>();
  for (const employee of input.employees) {
    const email = employee.email.trim().toLowerCase();
    if (!wanted.has(email)) wanted.set(email, employee.name || undefined);
  }

  const accounts = await runTransaction(deps.db, async (tx) => {
    const existing = await tx.user.findMany({
      where: { email: { in: [...wanted.keys()] } },
      select: { email: true, name: true, locale: true, disabled: true },
    });
    const known = new Map(existing.map((user) => [user.email, user]));
    const result: { email: string; name: string | null; locale: string; disabled: boolean; created: boolean }[] = [];
    for (const [email, name] of wanted) {
      const found = known.get(email);
      if (found) {
        result.push({ ...found, created: false });
        continue;
      }
      const user = await tx.user.create({ data: { email, name: name ?? null, locale: input.locale } });
      await recordAudit(tx, input.actor, {
        action: 'user.invite',
        targetType: 'user',
        targetId: user.id,
        before: null,
        after: { email, name: user.name, role: user.role },
        data: { emailSent: input.sendEmail },
      });
      result.push({ email, name: user.name, locale: user.locale, disabled: false, created: true });
    }
    return result;
  });

  const outcomes: { email: string; created: boolean; outcome: InvitationOutcome }[] = [];
  // After one failed send the others are not tried: an SMTP server that is down is down for
  // every address, and each try could take its timeouts (seconds) while the admin waits.
  let emailFailed = false;
  for (const account of accounts) {
    let outcome: InvitationOutcome = 'created';
    if (account.disabled) outcome = 'disabled';
    else if (input.sendEmail && mailer && emailFailed) outcome = 'unsent';
    else if (input.sendEmail && mailer) {
      if (!(await mailer.limits.consumeAddress(account.email))) outcome = 'limited';
      else {
        const link = mailer.newLink(account.email);
        await storeSignInLink(deps.db, { email: account.email, tokenHash: link.tokenHash, expires: link.expires });
        try {
          await mailer.send(account, link.url);
          outcome = 'sent';
        } catch (error) {
          console.warn(
            `invitations: the sign-in email could not be sent: ${error instanceof Error ? error.message : String(error)}`,
          );
          emailFailed = true;
          outcome = 'unsent';
        }
      }
    }
    outcomes.push({ email: account.email, created: account.created, outcome });
  }
  return { invitations: outcomes };
}
