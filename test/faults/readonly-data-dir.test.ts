/**
 * A data directory the server cannot write (read-only, or not a directory at all) stops the start
 * with one clear line naming the directory, exit 1, and no stack trace.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir } from '../helpers/server.ts';

const cleanups: (() => void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) cleanup();
  await stopAllServers();
});

/** Makes `dir` unwritable for this user: chmod for ordinary users; root ignores modes, so chattr +i. */
function makeReadOnly(dir: string) {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir]);
    cleanups.push(() => execFileSync('chattr', ['-i', dir]));
  } else {
    chmodSync(dir, 0o555);
    cleanups.push(() => chmodSync(dir, 0o755));
  }
}

async function refusal(dataDir: string): Promise<string> {
  return startServer({ dataDir }).then(
    () => 'started',
    (error: Error) => error.message.replace(/^server exited with 1 before listening:\n/, ''),
  );
}

describe('a data directory the server cannot use', () => {
  it('should refuse a read-only directory in one line', async () => {
    const dir = tempDir();
    makeReadOnly(dir);
    const output = await refusal(dir);
    const lines = output.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^maestro: cannot use the data directory ${dir} \\((EACCES|EPERM|EROFS)`));
    expect(lines[0]).toContain('--data-dir');
  });

  it('should refuse a path that is not a directory in one line', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const output = await refusal(join(file, 'data'));
    const lines = output.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^maestro: cannot use the data directory .*a-file\/data \(ENOTDIR/);
  });
});
