import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { childEnv } from '../../../scripts/lib/env';
import { type Figure, kB } from '../report';
import type { BenchStack } from '../stack';
import { demoEmployeeCookie } from './reads';

/**
 * The JavaScript a first visit downloads: every script the HTML names, gzipped (level 9, as a
 * server would), with each script's own figure to see where it goes; and the HTML itself.
 */
async function firstLoadJs(pageUrl: string, headers: Record<string, string>) {
  const html = await (await fetch(pageUrl, { headers })).text();
  const htmlBytes = { text: html, raw: Buffer.byteLength(html), gzipped: gzipSync(html, { level: 9 }).length };
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!))];
  const scripts: Array<{ source: string; raw: number; gzipped: number }> = [];
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replaceAll('&amp;', '&'), pageUrl))).arrayBuffer());
    scripts.push({ source, raw: body.length, gzipped: gzipSync(body, { level: 9 }).length });
  }
  const sum = (key: 'raw' | 'gzipped') => scripts.reduce((total, script) => total + script[key], 0);
  return { scripts, raw: sum('raw'), gzipped: sum('gzipped'), html: htmlBytes };
}

/** "name 23.3 kB, …": the scripts of a page, largest first. */
const listScripts = (js: Awaited<ReturnType<typeof firstLoadJs>>) =>
  [...js.scripts]
    .sort((a, b) => b.gzipped - a.gzipped)
    .map((script) => `${script.source.split('/').pop()!.split('?')[0]} ${kB(script.gzipped)}`)
    .join(', ');

/** Writes one file of a run into the reports folder, its name stamped with the time. */
async function keepReport(reportDir: string, name: string, extension: string, content: string): Promise<void> {
  await mkdir(reportDir, { recursive: true });
  const file = path.join(reportDir, `${name}-${new Date().toISOString().replaceAll(':', '-')}.${extension}`);
  await writeFile(file, content);
  console.log(`    kept: ${file}`);
}

export async function measureFirstLoad(stack: BenchStack, options: { reportDir?: string }): Promise<Figure> {
  const cookie = await demoEmployeeCookie(stack);
  const bare = await firstLoadJs(`${stack.baseline.url}/`, {});
  const portal = await firstLoadJs(`${stack.web.url}/catalogue`, { cookie });
  if (options.reportDir) await keepReport(options.reportDir, 'catalogue', 'html', portal.html.text);
  const describe = (js: typeof bare) => `${kB(js.gzipped)} gzip (${kB(js.raw)} raw, ${js.scripts.length} scripts)`;
  console.log(`    scripts of the bare page, gzip: ${listScripts(bare)}`);
  console.log(`    scripts of /catalogue, gzip: ${listScripts(portal)}`);
  const html = (js: typeof bare) => `${kB(js.html.raw)} (${kB(js.html.gzipped)} gzip)`;
  // The HTML carries the page twice (markup and the RSC payload) and the data sent for hydration.
  console.log(`    HTML: bare page ${html(bare)}, /catalogue ${html(portal)}`);
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

interface LighthouseReport {
  categories: { performance: { score: number | null } };
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: Array<Record<string, string | number | undefined>> } }
  >;
}

/** Lighthouse's JSON report of one page (its default mobile profile, performance only). */
async function lighthouseReport(
  url: string,
  chromium: string,
  headers: Record<string, string>,
): Promise<{ json: string; report: LighthouseReport }> {
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
  return { json: output, report: JSON.parse(output) as LighthouseReport };
}

const performanceScore = (report: LighthouseReport) => Math.round((report.categories.performance.score ?? 0) * 100);

/** The score (0–100) with what weighs on it: "84 (FCP … ms, LCP … ms, TBT … ms, CLS …)". */
function describeScore(report: LighthouseReport): string {
  const audit = (id: string) => Math.round(report.audits[id]?.numericValue ?? 0);
  return `${performanceScore(report)} (FCP ${audit('first-contentful-paint')} ms, LCP ${audit('largest-contentful-paint')} ms, TBT ${audit('total-blocking-time')} ms, CLS ${(report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)})`;
}

/** Where the main thread's time went (at Lighthouse's 4× CPU slowdown): by kind of work, and the longest tasks. */
function describeMainThread(report: LighthouseReport): string[] {
  const items = (id: string) => report.audits[id]?.details?.items ?? [];
  const duration = (value: string | number | undefined) => `${Math.round(Number(value ?? 0))} ms`;
  const scriptName = (url: string | number | undefined) =>
    String(url ?? '')
      .split('/')
      .pop() || String(url);
  const work = items('mainthread-work-breakdown')
    .map((item) => `${String(item.groupLabel ?? item.group)} ${duration(item.duration)}`)
    .join(', ');
  const tasks = items('long-tasks')
    .slice(0, 5)
    .map((item) => `${duration(item.duration)} at ${duration(item.startTime)} (${scriptName(item.url)})`)
    .join(', ');
  const scripts = items('bootup-time')
    .slice(0, 5)
    .map((item) => `${scriptName(item.url)} ${duration(item.scripting)}`)
    .join(', ');
  return [`main thread: ${work}`, `longest tasks: ${tasks}`, `script evaluation by script: ${scripts}`];
}

export async function measureLighthouse(
  stack: BenchStack,
  options: { chromium: string; reportDir?: string },
): Promise<Figure> {
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
  const bare = await lighthouseReport(`${stack.baseline.url}/`, options.chromium, {});
  const portal = await lighthouseReport(`${stack.web.url}/catalogue`, options.chromium, { Cookie: cookie });
  for (const line of describeMainThread(portal.report)) console.log(`    /catalogue ${line}`);
  if (options.reportDir)
    for (const [name, { json }] of Object.entries({ bare, catalogue: portal }))
      await keepReport(options.reportDir, `lighthouse-${name}`, 'json', json);
  return {
    measure: `Lighthouse ${LIGHTHOUSE.split('@')[1]} performance score, /catalogue signed in (mobile profile)`,
    baseline: describeScore(bare.report),
    product: describeScore(portal.report),
    ratio: '',
    goal: '≥ 95',
    met: performanceScore(portal.report) >= 95,
  };
}
