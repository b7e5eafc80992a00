import type { LoadResult } from './load';

/** One line of the final table: a measure, its bare-Next.js baseline from the same run, the goal. */
export interface Figure {
  measure: string;
  baseline: string;
  product: string;
  ratio: string;
  goal: string;
  /** null: no goal, or nothing to compare. */
  met: boolean | null;
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
export const perS = (value: number) => `${value.toFixed(0)}/s`;
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** "829 req/s, p50 21 ms, p99 40 ms, 1.1 ms CPU/req" and the statuses that were not the expected one. */
export function describeLoad(result: LoadResult): string {
  const cpu = result.cpuMsPerRequest === null ? '' : `, ${result.cpuMsPerRequest.toFixed(2)} ms CPU/req`;
  const failed = result.failed
    ? `, ${result.failed} failed (${Object.entries(result.statuses)
        .map(([status, count]) => `${count}×${status}`)
        .join(' ')})`
    : '';
  return `${result.rps.toFixed(0)} req/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}${cpu}${failed}`;
}

export function printFigure(figure: Figure): void {
  const verdict = figure.met === null ? '' : figure.met ? '  ✔ goal met' : '  ✘ goal missed';
  console.log(`\n  ${figure.measure}`);
  if (figure.baseline) console.log(`    bare Next.js  ${figure.baseline}`);
  console.log(`    portal        ${figure.product}`);
  if (figure.ratio)
    console.log(`    ratio         ${figure.ratio}${figure.goal ? `  (goal ${figure.goal})` : ''}${verdict}`);
  else if (figure.goal) console.log(`    goal          ${figure.goal}${verdict}`);
}

/** The summary as a Markdown table, ready for docs/BENCHMARKS.md. */
export function printTable(figures: Figure[]): void {
  const rows = [
    ['measure', 'bare Next.js', 'portal', 'ratio', 'goal', ''],
    ['---', '---', '---', '---', '---', '---'],
    ...figures.map((figure) => [
      figure.measure,
      figure.baseline || '—',
      figure.product,
      figure.ratio || '—',
      figure.goal || '—',
      figure.met === null ? '' : figure.met ? '✔' : '✘',
    ]),
  ];
  console.log(`\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
}
