import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Docker has no engine on the development machines, so the compose file is checked for shape.
const root = path.resolve(import.meta.dirname, '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const services = compose.services as Record<string, Record<string, unknown> & { environment?: Record<string, string> }>;

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 18 on a named volume with a healthcheck', () => {
    expect(services.postgres?.image).toBe('postgres:18');
    expect(services.postgres?.volumes).toEqual(['postgres-data:/var/lib/postgresql']);
    expect(compose.volumes).toHaveProperty('postgres-data');
    expect(services.postgres?.healthcheck).toBeDefined();
  });

  it('migrates once, after the database is healthy and before the web app starts', () => {
    expect(services.migrate?.restart).toBe('no');
    expect(services.migrate?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.web?.depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' } });
  });

  it('serves the web app on port 3000 with a healthcheck on /api/health', () => {
    expect(services.web?.ports).toEqual(['3000:3000']);
    expect(JSON.stringify(services.web?.healthcheck)).toContain('/api/health');
  });

  it('gives the web app every variable it needs, secrets without defaults', () => {
    const env = services.web?.environment ?? {};
    for (const name of [
      'DATABASE_URL',
      'AUTH_SECRET',
      'JACKPOT_API_URL',
      'JACKPOT_API_KEY',
      'JACKPOT_API_SIGNATURE',
      'JACKPOT_CLIENT_SECRET',
      'JACKPOT_WEBHOOK_SECRET',
    ]) {
      expect(env, name).toHaveProperty(name);
    }
    for (const secret of ['AUTH_SECRET', 'JACKPOT_API_SIGNATURE', 'JACKPOT_CLIENT_SECRET', 'JACKPOT_WEBHOOK_SECRET']) {
      expect(env[secret], secret).toMatch(/^\$\{[A-Z_]+:\?/);
    }
  });

  it('runs the Jackpot sandbox only in the staging profile, delivering webhooks to the web app', () => {
    expect(services.sandbox?.profiles).toEqual(['staging']);
    expect(services.sandbox?.ports).toEqual(['4010:4010']);
    expect(services.sandbox?.environment?.JACKPOT_WEBHOOK_URL).toMatch(/^http:\/\/web:3000\/api\/webhooks\/jackpot\//);
  });

  it('builds images from Dockerfiles that drop root', () => {
    for (const file of ['apps/web/Dockerfile', 'apps/jackpot-sandbox/Dockerfile']) {
      const dockerfile = readFileSync(path.join(root, file), 'utf8');
      expect(dockerfile, file).toMatch(/turbo prune/);
      expect(dockerfile, file).toMatch(/^USER node$/m);
    }
  });
});
