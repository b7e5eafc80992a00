// Where a CPU profile's time went: self time by package (or by the portal's own source file),
// and the top functions. For profiles written by `npm run bench -- --cpu-prof DIR …`:
//
//   pnpm exec tsx bench/src/profile-summary.ts DIR/*.cpuprofile [--top 25] [--frames auth,serialize]
//
// --frames: for each name, the share of busy time spent inside a function of that name (or a
// file whose path contains it), callees included.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const { values: flags, positionals: files } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, frames: { type: 'string', default: '' } },
});

/** "next", "@prisma/client", "portal packages/api/src/trpc.ts", "node:internal", "(idle)"… */
function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1]!;
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain) return plain[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  // Bundled server chunks keep their source paths in the function's file only when not minified.
  const source = /(apps|packages)\/[^?#]+/.exec(url);
  if (source) return `portal ${source[0]}`;
  if (url.includes('.next/server')) return 'next build output (app chunks)';
  return url.replace(/^file:\/\//, '');
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfUs.values()].reduce((sum, us) => sum + us, 0);
  const idle = [...selfUs.entries()]
    .filter(([id]) => ['(idle)', '(program)'].includes(byId.get(id)?.callFrame.functionName ?? ''))
    .reduce((sum, [, us]) => sum + us, 0);
  const busy = total - idle;

  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const who = owner(url, functionName);
    byOwner.set(who, (byOwner.get(who) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'}  ${who}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const share = (us: number) =>
    `${((us / busy) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms`;
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => `  ${share(us)}  ${name}`)
      .join('\n');
  console.log(`\n${file}: ${(busy / 1000).toFixed(0)} ms busy of ${(total / 1000).toFixed(0)} ms sampled`);
  console.log(`\nself time by package:\n${top(byOwner, Number(flags.top))}`);
  console.log(`\ntop functions by self time:\n${top(byFunction, Number(flags.top))}`);

  const frames = flags.frames.split(',').filter(Boolean);
  if (frames.length) {
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const inside = new Map(frames.map((frame) => [frame, 0]));
    for (const [id, us] of selfUs) {
      const stack = new Set<string>();
      for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
        const { functionName, url } = byId.get(current)!.callFrame;
        for (const frame of frames) if (functionName === frame || url.includes(frame)) stack.add(frame);
      }
      for (const frame of stack) inside.set(frame, inside.get(frame)! + us);
    }
    console.log(`\ntime inside (callees included):\n${top(inside, frames.length)}`);
  }
}
