import { PrismaAdapter } from '@auth/prisma-adapter';
import { sendEmail, type SessionUser, type SmtpSettings } from '@jackpot-portal/api';
import { type Db, findActiveSessionWithUser } from '@jackpot-portal/db';
import type { NextAuthConfig } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';

import { decideSignIn, oidcSettings, type SignInAttempt, sessionCookie } from './policy';
import { buildProviders, emailProviderId } from './providers';
import { signInEmail } from './sign-in-email';

export interface AuthEnv {
  NODE_ENV: string;
  AUTH_SECRET: string;
  AUTH_URL?: string;
  SMTP_URL?: string;
  EMAIL_FROM: string;
  AUTH_OIDC_ISSUER?: string;
  AUTH_OIDC_CLIENT_ID?: string;
  AUTH_OIDC_CLIENT_SECRET?: string;
  AUTH_OIDC_NAME?: string;
}

export const signInPath = '/signin';
export const checkEmailPath = '/signin/check-email';

/**
 * Prisma's Auth.js adapter, with two portal rules: sign-in never creates a user (accounts are
 * provisioned), and a session of a disabled user does not exist. Sessions are read with their
 * user from the database on every request, so disabling or a role change applies at once.
 */
function portalAdapter(db: Db): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    createUser() {
      throw new Error('Accounts are created by administrators, not by signing in.');
    },
    getSessionAndUser(sessionToken) {
      return findActiveSessionWithUser(db, sessionToken);
    },
  };
}

export function createAuthConfig(deps: { db: Db; env: AuthEnv }): NextAuthConfig {
  const { db, env } = deps;
  const cookie = sessionCookie(env.AUTH_URL, env.NODE_ENV);
  const smtp: SmtpSettings | undefined = env.SMTP_URL ? { url: env.SMTP_URL, from: env.EMAIL_FROM } : undefined;

  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    adapter: portalAdapter(db),
    session: { strategy: 'database' },
    useSecureCookies: cookie.secure,
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    pages: { signIn: signInPath, verifyRequest: checkEmailPath, error: signInPath },
    providers: buildProviders({
      oidc: oidcSettings(env),
      async sendVerificationRequest({ identifier, url }) {
        const user = await db.user.findUnique({ where: { email: identifier }, select: { name: true, locale: true } });
        await sendEmail(
          { db, smtp },
          signInEmail({ to: identifier, url, name: user?.name ?? null, locale: user?.locale ?? 'fr' }),
        );
      },
    }),
    callbacks: {
      async signIn({ user, account, profile, email }) {
        if (!account) return false;
        const address = (user.email ?? profile?.email ?? '').trim().toLowerCase();
        const onFile = address
          ? await db.user.findUnique({ where: { email: address }, select: { disabled: true } })
          : null;
        let attempt: SignInAttempt;
        if (account.provider === emailProviderId) {
          attempt = { method: email?.verificationRequest ? 'email-request' : 'email-link', account: onFile };
        } else {
          const link = await db.account.findUnique({
            where: {
              provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId },
            },
            select: { user: { select: { disabled: true } } },
          });
          attempt = {
            method: 'oidc',
            account: link?.user ?? onFile,
            linked: link !== null,
            emailVerified: profile?.email_verified === true,
          };
        }
        const decision = decideSignIn(attempt);
        // Same page as a sent link, so the form does not tell which addresses have an account.
        if (decision === 'pretend-sent') return checkEmailPath;
        return decision === 'allow';
      },
      session({ session, user }) {
        // `user` is the whole users row read by getSessionAndUser, role and locale included.
        const portalUser = user as typeof user & Pick<SessionUser, 'role'> & { locale: string };
        const sessionUser = {
          id: portalUser.id,
          email: portalUser.email,
          name: portalUser.name ?? null,
          role: portalUser.role,
          locale: portalUser.locale,
        };
        return { ...session, user: sessionUser };
      },
    },
  };
}
