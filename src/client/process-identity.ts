/**
 * Who holds a lock file: pid, host and the process's start time. A pid alone is not enough (pids
 * are reused after a reboot or a crash); pid + start time names one process for as long as it lives.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export type ProcessIdentity = { pid: number; host: string; startTime: string | null };

/** Process start time in clock ticks since boot (/proc/<pid>/stat field 22), or null off Linux. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command) is in parentheses and may contain spaces: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export function currentProcess(): ProcessIdentity {
  return { pid: process.pid, host: hostname(), startTime: processStartTime(process.pid) };
}

/**
 * Whether the process `holder` names is still running on this host. A holder on another host
 * cannot be checked from here: it counts as alive.
 */
export function isAlive(holder: ProcessIdentity): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const startTime = processStartTime(holder.pid);
  return holder.startTime === null || startTime === null || startTime === holder.startTime;
}

/** Parses a holder written by `currentProcess()`; null for anything else. */
export function parseIdentity(text: string): ProcessIdentity | null {
  try {
    const value = JSON.parse(text) as Partial<ProcessIdentity>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0 || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, startTime: typeof value.startTime === 'string' ? value.startTime : null };
  } catch {
    return null;
  }
}
