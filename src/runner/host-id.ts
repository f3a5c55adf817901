/**
 * The runner's host id: names the runner data directory on this machine for the fencing rule
 * (src/services/runner-hosts.ts). Runners sharing a data directory share the id, and so can read
 * each other's pid files; a runner with its own data directory is its own host. Created once, at
 * random, in `<data dir>/host-id`, so it survives restarts (a restarted runner recognises what its
 * host launched), unless given explicitly (--host-id / MAESTRO_RUNNER_HOST_ID).
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The same rule the server applies (HOST_ID in src/services/runner-hosts.ts), checked here so a bad --host-id is a usage error. */
export const HOST_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export class HostIdError extends Error {}

export function checkHostId(id: string, source: string): string {
  if (!HOST_ID_PATTERN.test(id)) {
    throw new HostIdError(`${source} "${id.slice(0, 120)}" is not a host id: use 1 to 100 letters, digits and . _ : - (starting with a letter or digit)`);
  }
  return id;
}

/** Reads `<dataDir>/host-id`, creating it on first use. Two runners starting at once agree: the file is linked into place atomically. */
export function hostIdFor(dataDir: string): string {
  const path = join(dataDir, 'host-id');
  const read = () => checkHostId(readFileSync(path, 'utf8').trim(), path);
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const name = hostname().replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 60) || 'host';
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, `${name}-${randomBytes(6).toString('hex')}\n`, { mode: 0o644 });
  try {
    linkSync(tmp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
  return read();
}
