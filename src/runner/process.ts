/**
 * Starting, watching and stopping agent processes.
 *
 * An agent runs as `/bin/sh -c 'echo $$ > PIDFILE; exec AGENT'` in its own process group (so a stop
 * reaches everything it started), with stdout and stderr appended to <sessionDir>/output.log (so its
 * output and its life do not depend on the runner staying up). The pid file is written by the
 * launched process itself: after a runner dies, the next one can tell "never started" (no pid file)
 * from "started" (pid file), and adopt a live process instead of starting it twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const pidFileFor = (sessionDir: string, launchId: string) => join(sessionDir, `launch-${launchId}.pid`);

export type Launched = { pid: number; child: ChildProcess };

export function launchAgent(options: { command: string; cwd: string; env: NodeJS.ProcessEnv; outputPath: string; pidFile: string }): Launched {
  const out = openSync(options.outputPath, 'a');
  try {
    const child = spawn('/bin/sh', ['-c', `echo $$ > "$MAESTRO_PIDFILE"; exec ${options.command}`], {
      cwd: options.cwd,
      env: { ...options.env, MAESTRO_PIDFILE: options.pidFile },
      stdio: ['ignore', out, out],
      detached: true,
    });
    if (child.pid === undefined) throw new Error(`could not start /bin/sh for the agent`);
    return { pid: child.pid, child };
  } finally {
    closeSync(out);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `pid` is the process of launch `launchId` (its environment carries MAESTRO_LAUNCH_ID).
 * Where /proc cannot tell (not Linux), a live pid is taken as ours.
 */
export function isLaunch(pid: number, launchId: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`MAESTRO_LAUNCH_ID=${launchId}`);
  } catch {
    return !existsSync('/proc/self/environ');
  }
}

export function readPidFile(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Sends `signal` to the process group (falls back to the process). */
export function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** The last `maxLines` lines (at most `maxBytes`) of a file. */
export function tailOf(path: string, maxLines = 40, maxBytes = 8192): string {
  try {
    const size = statSync(path).size;
    const length = Math.min(size, maxBytes);
    const buf = Buffer.alloc(length);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, buf, 0, length, size - length);
    } finally {
      closeSync(fd);
    }
    return buf.toString('utf8').split('\n').slice(-maxLines - 1).join('\n').trimEnd();
  } catch {
    return '';
  }
}

/** Resolves when a process that is not our child is gone (polling). */
export function waitForExit(pid: number, launchId: string, intervalMs = 200): { done: Promise<void>; cancel(): void } {
  let timer: ReturnType<typeof setInterval>;
  const done = new Promise<void>((resolve) => {
    timer = setInterval(() => {
      if (!isLaunch(pid, launchId)) {
        clearInterval(timer);
        resolve();
      }
    }, intervalMs);
  });
  return { done, cancel: () => clearInterval(timer) };
}
