import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { childEnv } from '../../../scripts/lib/env';
import { type Figure, kB } from '../report';
import type { BenchStack } from '../stack';
import { demoEmployeeCookie } from './reads';

/** The JavaScript a first visit downloads: every script the HTML names, gzipped (level 9, as a server would). */
async function firstLoadJs(pageUrl: string, headers: Record<string, string>) {
  const html = await (await fetch(pageUrl, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!))];
  let raw = 0;
  let gzipped = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replaceAll('&amp;', '&'), pageUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: sources.length, raw, gzipped };
}

export async function measureFirstLoad(stack: BenchStack): Promise<Figure> {
  const cookie = await demoEmployeeCookie(stack);
  const bare = await firstLoadJs(`${stack.baseline.url}/`, {});
  const portal = await firstLoadJs(`${stack.web.url}/catalogue`, { cookie });
  const describe = (js: typeof bare) => `${kB(js.gzipped)} gzip (${kB(js.raw)} raw, ${js.scripts} scripts)`;
  return {
    measure: 'first-load JS of /catalogue (signed in), gzip',
    baseline: describe(bare),
    product: describe(portal),
    ratio: `${(portal.gzipped / bare.gzipped).toFixed(1)}× the bare page`,
    goal: '≤ 200 kB',
    met: portal.gzipped <= 200_000,
  };
}

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Lighthouse's performance score (0–100, its default mobile profile) of one page. */
async function lighthouseScore(url: string, chromium: string, headers: Record<string, string>): Promise<number> {
  // Fetched by npm on first use rather than installed with the project: it is large and only
  // the benchmark needs it.
  const args = [
    'exec',
    '--yes',
    `--package=${LIGHTHOUSE}`,
    '--',
    'lighthouse',
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance',
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ...(Object.keys(headers).length ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('npm', args, {
      env: childEnv({ CHROME_PATH: chromium }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`lighthouse exited with ${code}: ${stderr.slice(-2_000)}`)),
    );
  });
  const report = JSON.parse(output) as { categories: { performance: { score: number | null } } };
  return Math.round((report.categories.performance.score ?? 0) * 100);
}

export async function measureLighthouse(stack: BenchStack, options: { chromium: string }): Promise<Figure> {
  if (!existsSync(options.chromium))
    return {
      measure: 'Lighthouse performance, /catalogue',
      baseline: '',
      product: `not measured: no Chromium at ${options.chromium} (--chromium PATH)`,
      ratio: '',
      goal: '≥ 95',
      met: null,
    };
  const cookie = await demoEmployeeCookie(stack);
  const bare = await lighthouseScore(`${stack.baseline.url}/`, options.chromium, {});
  const portal = await lighthouseScore(`${stack.web.url}/catalogue`, options.chromium, { Cookie: cookie });
  return {
    measure: `Lighthouse ${LIGHTHOUSE.split('@')[1]} performance score, /catalogue signed in (mobile profile)`,
    baseline: String(bare),
    product: String(portal),
    ratio: '',
    goal: '≥ 95',
    met: portal >= 95,
  };
}
