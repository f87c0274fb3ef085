import { readFileSync } from 'node:fs';

interface ProcStat {
  readonly ppid: number;
  readonly pgrp: number;
  /** Clock ticks after boot. */
  readonly startTicks: number;
}

// The kernel reports start times in USER_HZ, which is 100 on every Linux architecture Node runs on;
// commandStartedAt() checks that against this process's own start before trusting it.
const ticksPerSecond = 100;

function readStat(pid: number | 'self'): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), pgrp: Number(fields[2]), startTicks: Number(fields[19]) };
  } catch {
    return undefined;
  }
}

function isAncestorOrSelf(pid: number, self: ProcStat, selfPid: number): boolean {
  if (pid === selfPid) return true;
  let parent = self.ppid;
  for (let hops = 0; parent > 1 && hops < 64; hops++) {
    if (parent === pid) return true;
    const stat = readStat(parent);
    if (!stat) return false;
    parent = stat.ppid;
  }
  return false;
}

/**
 * When the command that started this process began, in milliseconds since the epoch: the start of its process group's leader
 * (a shell makes each command line a process group led by its first process, here npm), read from
 * /proc, when that leader is this process or one of its ancestors; otherwise, or off Linux, when
 * this process started. Exact to the kernel's 10 ms clock ticks; what happened in the shell before
 * it started the command (reading the line) is not counted.
 */
export function commandStartedAt(): number {
  const own = performance.timeOrigin;
  const self = readStat('self');
  if (!self) return own;
  try {
    const secondsSinceBoot = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    const bootedAt = Date.now() - secondsSinceBoot * 1000;
    const startOf = (stat: ProcStat) => bootedAt + (stat.startTicks / ticksPerSecond) * 1000;
    // A tick rate other than assumed, or a clock that disagrees with the kernel's, shows here.
    if (Math.abs(startOf(self) - own) > 2000) return own;
    const leader = readStat(self.pgrp);
    if (!leader || !isAncestorOrSelf(self.pgrp, self, process.pid)) return own;
    return Math.min(startOf(leader), own);
  } catch {
    return own;
  }
}
