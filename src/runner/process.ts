/**
 * Starting, watching and stopping agent processes.
 *
 * An agent runs under `/bin/sh` in its own process group (so a stop reaches everything it started),
 * with stdout and stderr appended to <sessionDir>/output.log (so its output and its life do not
 * depend on the runner staying up). The launched shell's first act is writing its pid to the pid
 * file: after a runner dies, the next one can tell "never started" (no pid file) from "started"
 * (pid file), and adopt a live process instead of starting it twice. Then:
 *
 *   - an argv profile: `exec "$@"` — the agent replaces the shell (same pid), no shell parses its words;
 *   - a command-line profile: `eval "$1"` with the line as the shell's own argument, so `VAR=x cmd`,
 *     `cd dir && cmd` and `$MAESTRO_*` expansions work as written. The shell stays the agent's parent:
 *     it traps SIGTERM/SIGINT (a caught signal is reset to the default in its children, so the agent
 *     still gets them) and waits, so it lives exactly as long as the agent and exits with its status;
 *     a SIGKILL reaches both through the group.
 *
 * The command itself comes from server configuration (src/agents) only; what a client sent reaches
 * the agent in its environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const pidFileFor = (sessionDir: string, launchId: string) => join(sessionDir, `launch-${launchId}.pid`);

/** An argv (executed directly) or a command line (run by /bin/sh); src/agents/profiles.ts configures them. */
export type AgentCommand = string | readonly string[];

export type Launched = { pid: number; child: ChildProcess };

const WRITE_PID = 'echo $$ > "$MAESTRO_PIDFILE" || exit 126';

/** The /bin/sh arguments that write the pid file, then run `command` (see the module comment). */
export function launchArgs(command: AgentCommand): string[] {
  if (typeof command === 'string') return ['-c', `${WRITE_PID}; trap : TERM INT; eval "$1"`, 'maestro-agent', command];
  if (command.length === 0) throw new Error('an agent argv must not be empty');
  return ['-c', `${WRITE_PID}; exec "$@"`, 'maestro-agent', ...command];
}

export function launchAgent(options: { command: AgentCommand; cwd: string; env: NodeJS.ProcessEnv; outputPath: string; pidFile: string }): Launched {
  const args = launchArgs(options.command);
  const out = openSync(options.outputPath, 'a');
  try {
    const child = spawn('/bin/sh', args, {
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

/**
 * Resolves once no process of group `pgid` is left (or after `timeoutMs`). After a stop, the launched
 * shell can be reaped a moment before the agent it ran (a SIGKILL to the group kills both at once),
 * so the runner waits for the whole group before it reports the session stopped.
 */
export async function waitForGroupGone(pgid: number, timeoutMs = 5000, intervalMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
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
