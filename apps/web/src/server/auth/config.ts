import { createHash } from 'node:crypto';

import { PrismaAdapter } from '@auth/prisma-adapter';
import {
  issueSignInLink,
  reportUnexpectedError,
  sendEmail,
  type SessionUser,
  type SignInLimits,
  type SignInLinkRecipient,
  smtpSettings,
} from '@jackpot-portal/api';
import { type Db, findActiveSessionWithUser } from '@jackpot-portal/db';
import type { NextAuthConfig } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';

import { clientIp } from '~/server/security/client-ip';

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

export interface AuthDeps {
  db: Db;
  env: AuthEnv;
  /** Sign-in email limits (per address, per client IP), counted in PostgreSQL. */
  limits: Pick<SignInLimits, 'consume'>;
  /** Runs work once the answer is sent: Next.js's after() in the app. */
  defer(task: () => Promise<void>): void;
  /**
   * Told when reading a session failed. Auth.js logs such an error and answers "no session",
   * which would sign the user out in their own eyes when the database is only unreachable.
   */
  onSessionReadError?(error: unknown): void;
}

/**
 * The verification token as Auth.js stores it and looks it up when the link is opened: SHA-256
 * (hex) of the link's token followed by the secret (@auth/core, lib/actions/signin/send-token.js
 * and callback/index.js). The link is stored by issueSignInLink, after the answer, so it must be
 * the same digest; the end-to-end sign-in tests prove it still is after an upgrade.
 */
export function verificationTokenHash(token: string, secret: string): string {
  return createHash('sha256').update(`${token}${secret}`, 'utf8').digest('hex');
}

/**
 * Prisma's Auth.js adapter, with three portal rules: sign-in never creates a user (accounts are
 * provisioned); a session of a disabled user does not exist; and Auth.js never writes a
 * verification token itself (issueSignInLink does, after answering, for enabled users within the
 * limits). Sessions are read with their user from the database on every request, so disabling or
 * a role change applies at once.
 */
function portalAdapter(db: Db, onSessionReadError: (error: unknown) => void): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    createUser() {
      throw new Error('Accounts are created by administrators, not by signing in.');
    },
    async createVerificationToken(token) {
      return token;
    },
    async getSessionAndUser(sessionToken) {
      try {
        return await findActiveSessionWithUser(db, sessionToken);
      } catch (error) {
        onSessionReadError(error);
        throw error;
      }
    },
  };
}

export function createAuthConfig(deps: AuthDeps): NextAuthConfig {
  const { db, env } = deps;
  const cookie = sessionCookie(env.AUTH_URL, env.NODE_ENV);
  const smtp = smtpSettings(env);

  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    adapter: portalAdapter(db, (error) => deps.onSessionReadError?.(error)),
    session: { strategy: 'database' },
    useSecureCookies: cookie.secure,
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    pages: { signIn: signInPath, verifyRequest: checkEmailPath, error: signInPath },
    providers: buildProviders({
      oidc: oidcSettings(env),
      // Every address gets the same answer at once (Auth.js then redirects to verify-request);
      // whether a link is stored and sent is decided afterwards, so the endpoint's answer and
      // timing say nothing about which addresses have an account.
      async sendVerificationRequest({ identifier, token, expires, url, request }) {
        const link = {
          email: identifier,
          tokenHash: verificationTokenHash(token, env.AUTH_SECRET),
          expires,
          url,
          clientIp: clientIp(request.headers),
        };
        const sendLink = async (to: SignInLinkRecipient, linkUrl: string) => {
          await sendEmail({ db, smtp }, signInEmail({ to: to.email, url: linkUrl, name: to.name, locale: to.locale }));
        };
        deps.defer(async () => {
          try {
            const outcome = await issueSignInLink({ db, limits: deps.limits, sendLink }, link);
            if (outcome === 'limited')
              console.warn(`sign-in: a link request over its limit was dropped (client ${link.clientIp ?? 'unknown'})`);
          } catch (error) {
            reportUnexpectedError(error, 'sign-in link');
          }
        });
      },
    }),
    callbacks: {
      async signIn({ user, account, profile, email }) {
        if (!account) return false;
        // Asking for a link is answered the same for everyone: see sendVerificationRequest.
        if (email?.verificationRequest) return true;
        const address = (user.email ?? profile?.email ?? '').trim().toLowerCase();
        const onFile = address
          ? await db.user.findUnique({ where: { email: address }, select: { disabled: true } })
          : null;
        let attempt: SignInAttempt;
        if (account.provider === emailProviderId) {
          attempt = { method: 'email-link', account: onFile };
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
        return decideSignIn(attempt) === 'allow';
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
