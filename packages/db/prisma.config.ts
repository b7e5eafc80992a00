import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'prisma/config';

const here = path.dirname(fileURLToPath(import.meta.url));

// Prisma's native schema engine is downloaded at run time, which cannot happen offline.
// This shim speaks the same JSON-RPC with Prisma's engine compiled to WebAssembly.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(here, 'tools', 'prisma-schema-engine-shim.mjs');

export default defineConfig({
  schema: path.join(here, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(here, 'prisma', 'migrations') },
  // Not env(): that throws when DATABASE_URL is unset, and `prisma generate` needs no database.
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
