/**
 * The real Claude Code CLI for the end-to-end tests, pinned and installed once into
 * `.cache/claude-code/<version>/` in the repository (gitignored), outside the project's node_modules.
 *
 * Run as a script (`npx tsx test/real-claude/install.ts`, called by scripts/test.sh) it installs and
 * prints the version; the tests call `ensureClaude()` too, so running one test file on a fresh
 * checkout works. Installing is `npm install --prefix DIR --no-save` *with* install scripts: the
 * package's postinstall hard-links the ~400 MB native binary (an optional dependency, fetched from
 * the npm registry) over its `bin/claude.exe` placeholder; with --ignore-scripts only a stub is left.
 * The package declares node >=22; on Node 20 npm only warns (EBADENGINE) — the binary is not Node.
 *
 * The install directory gets a package.json of its own that approves that one postinstall
 * (`allowScripts`, as the repository's .npmrc asks with strict-allow-scripts), and npm runs there
 * without the npm_config_* variables of an enclosing `npm test`/`npx` (which would carry the
 * repository's prefix and settings into it).
 *
 * Concurrent test files share one install: a lock directory makes the second wait for the first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Events, fields and request shapes change between releases: the tests are written against this one. */
export const CLAUDE_CODE_VERSION = '2.1.332';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLAUDE_DIR = join(ROOT, '.cache', 'claude-code', CLAUDE_CODE_VERSION);
/** The directory to put first on PATH: it holds `claude`. */
export const CLAUDE_BIN_DIR = join(CLAUDE_DIR, 'node_modules', '.bin');
export const CLAUDE_BIN = join(CLAUDE_BIN_DIR, 'claude');

const LOCK = `${CLAUDE_DIR}.lock`;
/** A lock older than this belongs to an install that died: take it over. A real install takes well under a minute. */
const STALE_LOCK_MS = 10 * 60_000;

export class ClaudeInstallError extends Error {
  override name = 'ClaudeInstallError';
}

/** The installed version line, or null when the CLI is missing or broken (e.g. the stub of a scriptless install). */
function installedVersion(): string | null {
  if (!existsSync(CLAUDE_BIN)) return null;
  const r = spawnSync(CLAUDE_BIN, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

const isPinned = (line: string | null) => line !== null && line.startsWith(`${CLAUDE_CODE_VERSION} `);

function takeLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      /* released meanwhile */
    }
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Installs the pinned CLI unless it is there already; returns `claude`'s path. Throws ClaudeInstallError with npm's output. */
export async function ensureClaude(): Promise<string> {
  if (isPinned(installedVersion())) return CLAUDE_BIN;
  mkdirSync(resolve(CLAUDE_DIR, '..'), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  while (!takeLock()) {
    if (Date.now() > deadline) throw new ClaudeInstallError(`another install of Claude Code ${CLAUDE_CODE_VERSION} holds ${LOCK} for too long`);
    await sleep(500);
  }
  try {
    if (isPinned(installedVersion())) return CLAUDE_BIN;
    rmSync(CLAUDE_DIR, { recursive: true, force: true });
    mkdirSync(CLAUDE_DIR, { recursive: true });
    writeFileSync(
      join(CLAUDE_DIR, 'package.json'),
      `${JSON.stringify({ name: 'maestro-test-claude-code', private: true, description: 'The pinned Claude Code CLI for test/real-claude', allowScripts: { '@anthropic-ai/claude-code': true } }, null, 2)}\n`,
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    // The registry is reached over TLS: the CA bundle test/global-setup.ts keeps from the test processes.
    if (process.env.MAESTRO_TEST_EXTRA_CA_CERTS && !env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.MAESTRO_TEST_EXTRA_CA_CERTS;
    try {
      execFileSync(
        'npm',
        ['install', '--prefix', CLAUDE_DIR, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false', `@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}`],
        { cwd: CLAUDE_DIR, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10 * 60_000 },
      );
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new ClaudeInstallError(
        `could not install @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} into ${CLAUDE_DIR} (the real-CLI tests need it; the npm registry must be reachable): ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`,
      );
    }
    const version = installedVersion();
    if (!isPinned(version)) {
      throw new ClaudeInstallError(`installed Claude Code into ${CLAUDE_DIR}, but \`claude --version\` says ${JSON.stringify(version)}, not ${CLAUDE_CODE_VERSION}`);
    }
    return CLAUDE_BIN;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  ensureClaude().then(
    (bin) => console.log(`${bin}: ${installedVersion()}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
