import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { childEnv } from '../../../scripts/lib/env';
import { type Figure, kB } from '../report';
import type { BenchStack } from '../stack';
import { demoEmployeeCookie } from './reads';

/**
 * The JavaScript a first visit downloads: every script the HTML names, gzipped (level 9, as a
 * server would), with each script's own figure to see where it goes.
 */
async function firstLoadJs(pageUrl: string, headers: Record<string, string>) {
  const html = await (await fetch(pageUrl, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!))];
  const scripts: Array<{ source: string; raw: number; gzipped: number }> = [];
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replaceAll('&amp;', '&'), pageUrl))).arrayBuffer());
    scripts.push({ source, raw: body.length, gzipped: gzipSync(body, { level: 9 }).length });
  }
  const sum = (key: 'raw' | 'gzipped') => scripts.reduce((total, script) => total + script[key], 0);
  return { scripts, raw: sum('raw'), gzipped: sum('gzipped') };
}

/** "name 23.3 kB, …": the scripts of a page, largest first. */
const listScripts = (js: Awaited<ReturnType<typeof firstLoadJs>>) =>
  [...js.scripts]
    .sort((a, b) => b.gzipped - a.gzipped)
    .map((script) => `${script.source.split('/').pop()!.split('?')[0]} ${kB(script.gzipped)}`)
    .join(', ');

export async function measureFirstLoad(stack: BenchStack): Promise<Figure> {
  const cookie = await demoEmployeeCookie(stack);
  const bare = await firstLoadJs(`${stack.baseline.url}/`, {});
  const portal = await firstLoadJs(`${stack.web.url}/catalogue`, { cookie });
  const describe = (js: typeof bare) => `${kB(js.gzipped)} gzip (${kB(js.raw)} raw, ${js.scripts.length} scripts)`;
  console.log(`    scripts of the bare page, gzip: ${listScripts(bare)}`);
  console.log(`    scripts of /catalogue, gzip: ${listScripts(portal)}`);
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

/** Lighthouse's performance score (0–100, its default mobile profile) of one page, with what weighs on it. */
async function lighthouseScore(url: string, chromium: string, headers: Record<string, string>): Promise<string> {
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
  const report = JSON.parse(output) as {
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number }>;
  };
  const audit = (id: string) => Math.round(report.audits[id]?.numericValue ?? 0);
  const score = Math.round((report.categories.performance.score ?? 0) * 100);
  return `${score} (FCP ${audit('first-contentful-paint')} ms, LCP ${audit('largest-contentful-paint')} ms, TBT ${audit('total-blocking-time')} ms, CLS ${(report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)})`;
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
    baseline: bare,
    product: portal,
    ratio: '',
    goal: '≥ 95',
    met: Number.parseInt(portal, 10) >= 95,
  };
}
