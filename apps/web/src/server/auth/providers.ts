import type { Provider } from 'next-auth/providers';
import type { EmailConfig } from 'next-auth/providers/email';

import type { OidcSettings } from './policy';

export const emailProviderId = 'email';
export const oidcProviderId = 'oidc';

/** How long a sign-in link stays valid. */
export const signInLinkMaxAgeSeconds = 15 * 60;

/**
 * The email-link provider, always on, plus single sign-on when configured. The email provider
 * is a plain Auth.js `email` provider: sending goes through the portal's own sendEmail (SMTP or
 * the outbox), so sign-in works with no network.
 */
export function buildProviders(options: {
  oidc: OidcSettings | null;
  sendVerificationRequest: EmailConfig['sendVerificationRequest'];
}): Provider[] {
  const email: EmailConfig = {
    id: emailProviderId,
    type: 'email',
    name: 'Email',
    maxAge: signInLinkMaxAgeSeconds,
    sendVerificationRequest: options.sendVerificationRequest,
  };
  if (!options.oidc) return [email];
  return [
    email,
    {
      id: oidcProviderId,
      type: 'oidc',
      name: options.oidc.name,
      issuer: options.oidc.issuer,
      clientId: options.oidc.clientId,
      clientSecret: options.oidc.clientSecret,
      // Links the IdP account to the existing user with the same email; the signIn callback
      // only lets that happen when the IdP says the email is verified.
      allowDangerousEmailAccountLinking: true,
    },
  ];
}
