/**
 * One server per database: `<database file>.lock` holds the running server's pid, host and start
 * time. A second server on the same data directory refuses to start and names the holder; a lock
 * left by a server that died (kill -9, power loss) is taken over at once, since its holder is gone.
 * Why refuse rather than share: each server wakes its own subscribers and runner from writes it
 * made itself, so a second writer's changes would reach the first one's clients late or never.
 */
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { currentProcess, isAlive, parseIdentity, type ProcessIdentity } from './process-identity.ts';

export class DatabaseLockedError extends Error {
  readonly holder: ProcessIdentity;
  constructor(lockPath: string, holder: ProcessIdentity) {
    super(
      `another Maestro server (pid ${holder.pid} on ${holder.host}) is using this data directory (lock file ${lockPath}). ` +
        'Stop it, or start this one with another --data-dir.' +
        (holder.host === currentProcess().host ? '' : ' If that host is gone, delete the lock file.'),
    );
    this.holder = holder;
  }
}

/** Takes the lock for `databaseFile`; returns its release function. Throws DatabaseLockedError. */
export function lockDatabase(databaseFile: string): () => void {
  const lockPath = `${databaseFile}.lock`;
  const me = currentProcess();
  // Written whole to a private file, then linked into place: link() fails if the lock exists, so
  // no reader ever sees a half-written lock, and of two servers starting together one wins.
  const draft = `${lockPath}.${me.pid}`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, lockPath);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      }
      const holder = parseIdentity(readOrEmpty(lockPath));
      if (holder && isAlive(holder)) throw new DatabaseLockedError(lockPath, holder);
      // A dead holder's (or unreadable) lock: remove it and try again.
      rmSync(lockPath, { force: true });
    }
  } finally {
    rmSync(draft, { force: true });
  }
  return () => {
    const holder = parseIdentity(readOrEmpty(lockPath));
    if (holder?.pid === me.pid && holder.host === me.host) {
      try {
        unlinkSync(lockPath);
      } catch {
        // Already gone: nothing to release.
      }
    }
  };
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
