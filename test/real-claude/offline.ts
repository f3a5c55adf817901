/**
 * The environment that keeps the real Claude Code CLI offline and isolated: the Messages API is the
 * fake (ANTHROPIC_BASE_URL), any API key is accepted, telemetry, auto-update, error reporting and the
 * other non-essential traffic are off (measured: the fake API is then the only connection), and a
 * fresh HOME keeps ~/.claude and ~/.claude.json (settings, transcripts) out of the developer's own.
 */
import { spawn } from 'node:child_process';
import { CLAUDE_BIN_DIR } from './install.ts';

export function offlineClaudeEnv(apiUrl: string, home: string): Record<string, string> {
  return {
    ANTHROPIC_BASE_URL: apiUrl,
    ANTHROPIC_API_KEY: 'sk-fake-offline-test',
    DISABLE_TELEMETRY: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_ERROR_REPORTING: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_BUG_COMMAND: '1',
    DISABLE_COST_WARNINGS: '1',
    HOME: home,
    // The pinned CLI first, so the built-in `claude` profile runs it and not whatever else is installed.
    PATH: `${CLAUDE_BIN_DIR}:${process.env.PATH ?? '/usr/bin:/bin'}`,
  };
}

export type BareRun = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number };

/** Runs `claude` directly (no Maestro), to compare a scripted run with the same run under Maestro. */
export function runClaude(args: string[], options: { cwd: string; env: Record<string, string> }): Promise<BareRun> {
  const startedAt = performance.now();
  const child = spawn('claude', args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - startedAt }));
  });
}
