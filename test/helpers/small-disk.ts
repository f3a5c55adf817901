/**
 * A 24 MB tmpfs of its own, for tests of a disk that fills up: a data directory on it, a filler file
 * that takes every free byte, and the space given back. Mounting needs root (as on this project's CI
 * machines); elsewhere `mount()` fails the test saying so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempDir } from './server.ts';

export function smallDisk(prefix: string) {
  const mountPoint = tempDir(prefix);
  const filler = join(mountPoint, 'filler');
  let mounted = false;
  return {
    /** Mounts the tmpfs; returns a data directory on it. */
    mount(): string {
      const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint], { encoding: 'utf8' });
      expect(mount.status, `this test mounts a tmpfs (needs root): ${mount.stderr}`).toBe(0);
      mounted = true;
      const dataDir = join(mountPoint, 'data');
      mkdirSync(dataDir);
      return dataDir;
    },
    /** Fills the file system to the last byte (dd stops with ENOSPC). */
    fill() {
      spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { stdio: 'ignore' });
    },
    /** Gives the filler's space back. */
    free() {
      rmSync(filler);
    },
    /** Unmounts and removes it (for afterAll, once the servers on it have stopped). */
    remove() {
      if (mounted) spawnSync('umount', ['-l', mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    },
  };
}
