/**
 * A lock file naming its holder (pid, host, start time; src/client/process-identity.ts). Taken with
 * link(2), which fails when the file exists, so the file always appears whole and of two takers one
 * wins. Never taken from a live holder, however old; taken over at once when the holder is dead
 * (or the file unreadable: a holder that died before its file was linked leaves none). Node
 * built-ins only: the hook bundle uses it.
 */
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { currentProcess, isAlive, parseIdentity, type ProcessIdentity } from './process-identity.ts';

export type LockAttempt = { ok: true; release: () => void } | { ok: false; holder: ProcessIdentity };

export function tryLockFile(path: string): LockAttempt {
  const me = currentProcess();
  const draft = `${path}.${me.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, path);
        return { ok: true, release: () => release(path, me) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      }
      const holder = parseIdentity(readOrEmpty(path));
      if (holder && isAlive(holder)) return { ok: false, holder };
      rmSync(path, { force: true }); // its holder is gone
    }
  } finally {
    rmSync(draft, { force: true });
  }
}

function release(path: string, me: ProcessIdentity) {
  const holder = parseIdentity(readOrEmpty(path));
  if (holder?.pid !== me.pid || holder.host !== me.host) return;
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
