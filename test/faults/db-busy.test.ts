/**
 * Another process holds the SQLite write lock for 7 s (a backup tool, a stray sqlite3 shell). While
 * it does, requests that must write fail alone with the retryable DATABASE_BUSY and /readyz says
 * not ready; once it lets go, every request works again without a restart.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { ROOT, startServer, stopAllServers } from '../helpers/server.ts';

afterAll(() => stopAllServers());

const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) {
  createProject(input: $input) { __typename ... on CreateProjectPayload { project { id name } } ... on Error { message } }
}`;
const PROJECTS = `query { projects(first: 100) { totalCount } }`;

/** Starts a process that takes the write lock on `file`, prints "locked", and commits after `holdMs`. */
function holdWriteLock(file: string, holdMs: number) {
  const script = `
    const Database = require('better-sqlite3');
    const conn = new Database(process.argv[1]);
    conn.exec('BEGIN IMMEDIATE');
    console.log('locked');
    setTimeout(() => { conn.exec('COMMIT'); conn.close(); console.log('released'); }, Number(process.argv[2]));
  `;
  const proc = spawn(process.execPath, ['-e', script, file, String(holdMs)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const locked = new Promise<void>((resolve) => proc.stdout!.on('data', (d) => { out += d; if (out.includes('locked')) resolve(); }));
  const released = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return { locked, released, get isReleased() { return out.includes('released'); } };
}

describe('another process holding the write lock', () => {
  it('should fail writes with DATABASE_BUSY while held, report not ready, and recover fully once released', async () => {
    const server = await startServer();
    const ok = await executeRaw(server, CREATE_PROJECT, { input: { name: 'before' } });
    expect(ok.body.data.createProject.__typename).toBe('CreateProjectPayload');

    const locker = holdWriteLock(join(server.dataDir, 'maestro.db'), 7000);
    await locker.locked;

    const readyDuring: number[] = [];
    const codesDuring: unknown[] = [];
    let attempt = 0;
    while (!locker.isReleased) {
      const [ready, write, read] = await Promise.all([
        fetch(`${server.url}/readyz`).then((r) => r.status),
        executeRaw(server, CREATE_PROJECT, { input: { name: `during ${attempt++}` } }),
        executeRaw(server, PROJECTS),
      ]);
      if (locker.isReleased) break;
      readyDuring.push(ready);
      // A read never needs the write lock: it answers while the lock is held.
      expect(read.body.data?.projects.totalCount).toBeGreaterThanOrEqual(1);
      const error = write.body.errors?.[0];
      if (error) codesDuring.push(error.extensions?.code);
    }
    await locker.released;
    expect(readyDuring.length).toBeGreaterThan(0);
    expect(readyDuring).toContain(503);
    expect(codesDuring.length).toBeGreaterThan(0);
    expect(new Set(codesDuring)).toEqual(new Set(['DATABASE_BUSY']));

    // After the release: ready again, and no request fails.
    const deadline = Date.now() + 10_000;
    while ((await fetch(`${server.url}/readyz`)).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 100));
    }
    const after = await Promise.all(
      Array.from({ length: 20 }, (_, i) => executeRaw(server, CREATE_PROJECT, { input: { name: `after ${i}` } })),
    );
    for (const res of after) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.createProject.__typename).toBe('CreateProjectPayload');
    }
    const reads = await executeRaw(server, PROJECTS);
    expect(reads.body.data.projects.totalCount).toBeGreaterThanOrEqual(21);
  }, 90_000);
});
