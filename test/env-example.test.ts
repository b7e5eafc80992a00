import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
// Set by the platform, not by whoever configures the project.
const platformVariables = new Set(['NODE_ENV', 'CI']);

// Every env module declares its variables as the keys of a schema: NAME: z....
function envModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', '.next', 'dist', '.git', '.data', '.turbo', 'generated'].includes(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return envModules(full);
    return name === 'env.ts' ? [full] : [];
  });
}

describe('.env.example', () => {
  const example = readFileSync(path.join(root, '.env.example'), 'utf8');
  const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));

  it('documents every variable an env module reads', () => {
    const modules = envModules(root);
    expect(modules.length).toBeGreaterThanOrEqual(3);
    const read = new Set(
      modules.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((match) => match[1]),
      ),
    );
    const missing = [...read].filter((name) => name && !documented.has(name) && !platformVariables.has(name));
    expect(missing).toEqual([]);
  });

  it('explains each variable with a comment', () => {
    const lines = example.split('\n');
    lines.forEach((line, index) => {
      if (/^#?\s*[A-Z][A-Z0-9_]+=/.test(line)) expect(lines[index - 1], line).toMatch(/^#/);
    });
  });
});
