/**
 * Runs the real `maestro` executable (bin/maestro.js) as a child process, the way a user or an
 * agent does. `runCli` waits for it to exit; `spawnCli` keeps it running (events tail --follow) and
 * lets a test wait for output lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CliTaskCreateDocument } from '../../cli/src/gql/graphql.ts';
import { request } from '../../src/client/request.ts';
import { ROOT } from '../helpers/server.ts';

const BIN = join(ROOT, 'bin', 'maestro.js');

export type CliResult = {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as the single --json line (fails the test if it is anything else). */
  json(): any;
};

function env(server: string | null, extra: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete base.MAESTRO_TOKEN;
  if (server === null) delete base.MAESTRO_SERVER_URL;
  else base.MAESTRO_SERVER_URL = server;
  return base;
}

export function runCli(server: string | null, args: readonly string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(server, extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`maestro ${args.join(' ')} did not exit in 30 s\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 30_000);
    proc.once('error', reject);
    proc.once('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout,
        stderr,
        json() {
          const lines = stdout.split('\n').filter((l) => l !== '');
          if (lines.length !== 1) throw new Error(`expected exactly one JSON line on stdout, got ${lines.length}:\n${stdout}\nstderr: ${stderr}`);
          return JSON.parse(lines[0]!);
        },
      });
    });
  });
}

/** Runs a command that must succeed with --json and returns its `data`. */
export async function cliData(server: string, args: readonly string[]): Promise<any> {
  const result = await runCli(server, [...args, '--json']);
  if (result.code !== 0) throw new Error(`maestro ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  const body = result.json();
  if (body.ok !== true) throw new Error(`not ok: ${result.stdout}`);
  return body.data;
}

export type RunningCli = {
  proc: ChildProcess;
  lines(): string[];
  stderr(): string;
  /** Resolves once `predicate` holds for the output so far; rejects after `timeoutMs`. */
  waitFor(predicate: (out: { lines: string[]; stderr: string }) => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code once the process has exited by itself. */
  exited: Promise<number | null>;
  /** Sends SIGINT and resolves with the exit code. */
  stop(): Promise<number | null>;
};

const running = new Set<RunningCli>();

export function spawnCli(server: string, args: readonly string[]): RunningCli {
  const proc = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(server), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  proc.stdout!.on('data', (d) => ((stdout += d), notify()));
  proc.stderr!.on('data', (d) => ((stderr += d), notify()));
  const exited = new Promise<number | null>((r) => proc.once('close', (code) => (notify(), r(code))));
  const lines = () => stdout.split('\n').filter((l) => l !== '');
  const cli: RunningCli = {
    proc,
    exited,
    lines,
    stderr: () => stderr,
    waitFor: (predicate, what, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (predicate({ lines: lines(), stderr })) return done(), resolve();
          if (proc.exitCode !== null) return done(), reject(new Error(`maestro exited (${proc.exitCode}) before ${what}\nstdout: ${stdout}\nstderr: ${stderr}`));
        };
        const timer = setTimeout(() => (done(), reject(new Error(`timed out waiting for ${what}\nstdout: ${stdout}\nstderr: ${stderr}`))), timeoutMs);
        const done = () => (clearTimeout(timer), waiters.delete(check));
        waiters.add(check);
        check();
      }),
    stop: async () => {
      running.delete(cli);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGINT');
      return exited;
    },
  };
  running.add(cli);
  return cli;
}

/** Kills every CLI that a test left running (afterAll). */
export async function stopAllClis() {
  await Promise.all([...running].map((c) => c.stop()));
}

/** A loopback port with nothing listening on it: connections are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/**
 * Creates tasks in-process with the CLI's own typed `task create` operation (through the shared
 * request helper): for tests that need many events, where a process per task would be slow.
 */
export async function createTasks(server: string, projectId: string, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    const { createTask } = await request({ server }, CliTaskCreateDocument, { input: { projectId, title } });
    if (createTask.__typename !== 'CreateTaskPayload') throw new Error(`createTask: ${createTask.__typename} ${createTask.message}`);
  }
}
