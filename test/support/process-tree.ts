import { readdirSync, readFileSync } from 'node:fs';

/** A process as Linux's /proc shows it. */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly pgrp: number;
  /** When it started, in clock ticks after boot: tells a process from a later one with the same pid. */
  readonly startTicks: number;
  readonly args: string;
  /** Its arguments one by one (`args` joins them with spaces). */
  readonly argv: readonly string[];
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // A zombie has ended; it only waits for its parent to read its exit status.
    if (fields[0] === 'Z') return undefined;
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { pid, ppid: Number(fields[1]), pgrp: Number(fields[2]), startTicks: Number(fields[19]), args: argv.join(' ').trim(), argv };
  } catch {
    return undefined;
  }
}

/** Every living process (zombies excluded). */
export function listProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined);
}

/** A process and all its descendants, and every member of its process group. */
export function processFamily(pid: number): ProcessInfo[] {
  const all = listProcesses();
  const family = new Map<number, ProcessInfo>();
  const root = all.find((info) => info.pid === pid);
  if (root) family.set(pid, root);
  for (let grew = true; grew; ) {
    grew = false;
    for (const info of all) {
      if (!family.has(info.pid) && (family.has(info.ppid) || info.pgrp === pid)) {
        family.set(info.pid, info);
        grew = true;
      }
    }
  }
  return [...family.values()];
}

/** Those of `processes` that are still alive (the same process: same pid, same start). */
export function stillAlive(processes: readonly ProcessInfo[]): ProcessInfo[] {
  return processes.filter((info) => readProcess(info.pid)?.startTicks === info.startTicks);
}

/**
 * The environment a process started with (readable for processes of the same user). Empty for a
 * process that has just ended, and for one in the middle of exec (Linux sets the new program's
 * environment only once it has loaded it): read it again once the process is known to run.
 */
export function environmentOf(pid: number): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return {};
  }
  const entries = text.split('\0').filter(Boolean);
  return Object.fromEntries(entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}
