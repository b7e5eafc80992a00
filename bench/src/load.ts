import { readdirSync, readFileSync } from 'node:fs';

import autocannon from 'autocannon';

export interface LoadResult {
  /** Answers with the expected status per second of the run. */
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  /** Other statuses and connection errors. */
  failed: number;
  statuses: Record<string, number>;
  elapsedS: number;
  /** CPU the server's process group spent during the run, per answered request (ms). */
  cpuMsPerRequest: number | null;
}

/** autocannon against one server; `pgid` is the server's process group, for its CPU time. */
export async function load(
  options: autocannon.Options,
  server: { pgid?: number; okStatus?: number } = {},
): Promise<LoadResult> {
  const statuses: Record<string, number> = {};
  const cpuBefore = server.pgid ? groupCpuMs(server.pgid) : 0;
  const result = await autocannon({
    ...options,
    setupClient: (client) => {
      client.on('response', (status: number) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
      });
    },
  });
  const cpuMs = server.pgid ? groupCpuMs(server.pgid) - cpuBefore : null;
  // result.duration is whole seconds; a run of a fixed number of requests needs the real span.
  const elapsedS = (result.finish.getTime() - result.start.getTime()) / 1000;
  const ok = statuses[server.okStatus ?? 200] ?? 0;
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  return {
    rps: ok / elapsedS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    failed: answered - ok + result.errors + result.timeouts,
    statuses,
    elapsedS,
    cpuMsPerRequest: cpuMs === null || answered === 0 ? null : cpuMs / answered,
  };
}

// utime + stime of live processes, from /proc (Linux; 0 elsewhere): those of a process group
// (servers started detached), or a process and its descendants (PostgreSQL's postmaster).
const TICKS_PER_S = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  cpuTicks: number;
}

function processes(): ProcStat[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [
        {
          pid: Number(entry),
          ppid: Number(fields[1]),
          pgrp: Number(fields[2]),
          cpuTicks: Number(fields[11]) + Number(fields[12]),
        },
      ];
    } catch {
      return []; // The process ended meanwhile.
    }
  });
}

export function groupCpuMs(pgid: number): number {
  const ticks = processes()
    .filter((process) => process.pgrp === pgid)
    .reduce((sum, process) => sum + process.cpuTicks, 0);
  return (ticks * 1000) / TICKS_PER_S;
}

export function treeCpuMs(rootPid: number): number {
  const all = processes();
  const inTree = descendants(all, rootPid);
  const ticks = all.filter((process) => inTree.has(process.pid)).reduce((sum, process) => sum + process.cpuTicks, 0);
  return (ticks * 1000) / TICKS_PER_S;
}

/** The live processes of a process group. */
export function groupPids(pgid: number): number[] {
  return processes()
    .filter((process) => process.pgrp === pgid)
    .map((process) => process.pid);
}

/** A process and its live descendants. */
export function treePids(rootPid: number): number[] {
  return [...descendants(processes(), rootPid)];
}

function descendants(all: ProcStat[], rootPid: number): Set<number> {
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const process of all)
      if (!inTree.has(process.pid) && inTree.has(process.ppid)) {
        inTree.add(process.pid);
        grew = true;
      }
  }
  return inTree;
}

/** CPU time of the stack's parts since `since()` was called: web server, PostgreSQL, sandbox. */
export function cpuMeter(parts: { webPgid: number; postgresPid: number; sandboxPgid: number }) {
  const read = () => ({
    web: groupCpuMs(parts.webPgid),
    postgres: treeCpuMs(parts.postgresPid),
    sandbox: groupCpuMs(parts.sandboxPgid),
  });
  const start = read();
  return () => {
    const now = read();
    return { web: now.web - start.web, postgres: now.postgres - start.postgres, sandbox: now.sandbox - start.sandbox };
  };
}

/** The p-th percentile (0–100) of unsorted numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Requests that each take the next item of a list (autocannon's setupRequest is synchronous). */
export function eachFrom<T>(items: T[], build: (item: T) => Partial<autocannon.Request>): autocannon.Request[] {
  let next = 0;
  return [{ setupRequest: (request) => ({ ...request, ...build(items[next++ % items.length]!) }) }];
}

/** The machine's load average and the busiest other processes: noise to report beside figures. */
export function machineLoad(): string {
  try {
    const [one, five] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    return `load average ${one} (1 min), ${five} (5 min)`;
  } catch {
    return 'load average unknown';
  }
}
