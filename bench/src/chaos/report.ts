import { machineLoad } from '../load';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SuiteResult {
  suite: string;
  figures: string[];
  checks: Check[];
}

export function check(name: string, ok: boolean, detail: string): Check {
  return { name, ok, detail };
}

/** Prints a suite's figures and checks; true when every check held. */
export function printResult(result: SuiteResult): boolean {
  console.log(`\n${result.suite} — ${machineLoad()}`);
  for (const figure of result.figures) console.log(`  ${figure}`);
  for (const { name, ok, detail } of result.checks) console.log(`  ${ok ? '✔' : '✖'} ${name}: ${detail}`);
  const failed = result.checks.filter((c) => !c.ok).length;
  console.log(
    failed === 0
      ? `\nVerdict: PASS (${result.checks.length} checks)`
      : `\nVerdict: FAIL (${failed} of ${result.checks.length} checks failed)`,
  );
  return failed === 0;
}

/** Counts of answers by HTTP status, e.g. "200 × 95, 400 × 5". */
export function statusCounts(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status || 'no answer'} × ${count}`)
    .join(', ');
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Counts of values, e.g. "completed × 3, retry × 1". */
export function countsOf(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${value} × ${n}`).join(', ') || 'none';
}
