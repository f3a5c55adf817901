/**
 * One server per database: `<database file>.lock` holds the running server's pid, host and start
 * time (src/client/lock-file.ts). A second server on the same data directory refuses to start and
 * names the holder; a lock left by a server that died (kill -9, power loss) is taken over at once.
 * Why refuse rather than share: each server wakes its own subscribers and runner from writes it
 * made itself, so a second writer's changes would reach the first one's clients late or never.
 */
import { tryLockFile } from './client/lock-file.ts';
import { currentProcess, type ProcessIdentity } from './client/process-identity.ts';

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
  const attempt = tryLockFile(lockPath);
  if (!attempt.ok) throw new DatabaseLockedError(lockPath, attempt.holder);
  return attempt.release;
}
