import path from 'node:path';

import type { NextConfig } from 'next';

// The bare Next.js app the benchmarks compare the portal with: same `next`, same production
// build, nothing of the portal's own (no auth, no database, no i18n).
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  outputFileTracingRoot: path.join(import.meta.dirname, '../..'),
  typescript: { ignoreBuildErrors: true },
};

export default config;
