import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { imageTools, type ImageRecipe, sandboxImage, webImage } from '../scripts/lib/production-recipe';

// The Dockerfiles only wrap what scripts/production-check.ts proves on every CI run: the same
// commands, from the same recipe. Docker has no engine on the development machines.
const root = path.resolve(import.meta.dirname, '..');

interface Stage {
  name: string;
  instructions: string[];
}

/** A Dockerfile's stages, each instruction on one line (continuations joined, spaces collapsed). */
function stages(file: string): Stage[] {
  const lines = readFileSync(path.join(root, file), 'utf8')
    .replaceAll(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.replaceAll(/\s+/g, ' ').trim())
    .filter((line) => line && !line.startsWith('#'));
  const result: Stage[] = [];
  for (const line of lines) {
    const from = /^FROM \S+ AS (\S+)$/.exec(line);
    if (from) result.push({ name: from[1]!, instructions: [] });
    else result.at(-1)?.instructions.push(line);
  }
  return result;
}

const of = (list: Stage[], name: string) => list.find((stage) => stage.name === name)?.instructions ?? [];
const cmd = (instructions: string[]) =>
  instructions.filter((line) => line.startsWith('CMD ')).map((line) => JSON.parse(line.slice(4)) as string[]);

describe.each([webImage, sandboxImage])('$dockerfile', (recipe: ImageRecipe) => {
  const list = stages(recipe.dockerfile);
  const all = list.flatMap((stage) => stage.instructions);

  it('runs exactly the recipe’s commands, with the pinned tools', () => {
    expect(all.filter((line) => line.startsWith('RUN '))).toEqual([
      `RUN npm install -g ${imageTools()}`,
      `RUN ${recipe.prune}`,
      `RUN ${recipe.install}`,
      `RUN ${recipe.build}`,
    ]);
  });

  it('installs from out/json and builds over out/full, in /repo', () => {
    expect(of(list, 'build')).toEqual([
      'WORKDIR /repo',
      'COPY --from=pruned /repo/out/json/ ./',
      `RUN ${recipe.install}`,
      'COPY --from=pruned /repo/out/full/ ./',
      `RUN ${recipe.build}`,
    ]);
  });

  it('copies into the runtime image exactly the recipe’s files, and starts its command', () => {
    const runtime = of(list, 'runtime');
    expect(runtime.filter((line) => line.startsWith('COPY '))).toEqual(
      recipe.runtimeCopies.map(
        ([from, to]) => `COPY --from=build --chown=node:node /repo/${from} ./${to === '.' ? '' : to}`,
      ),
    );
    expect(runtime).toContain('WORKDIR /app');
    expect(cmd(runtime)).toEqual([recipe.start]);
  });

  it('runs the migration runner’s command in its folder of the build', () => {
    const migrate = of(list, 'migrate');
    expect(migrate.length > 0).toBe(recipe.migrate !== undefined);
    if (recipe.migrate) {
      expect(migrate).toContain(`WORKDIR /repo/${recipe.migrate.dir}`);
      expect(cmd(migrate)).toEqual([recipe.migrate.command]);
    }
  });
});
