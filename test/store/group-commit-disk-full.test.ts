/**
 * The disk fills under concurrent writes, so transactions share COMMITs (src/store/sqlite-chain.ts)
 * when the disk refuses them: the data directory sits on a small tmpfs of its own and a filler file
 * takes every free byte. Every reply is either the created project or the retryable STORAGE_FULL,
 * the server answers reads meanwhile and writes again once space is freed, and after a kill -9 and
 * a restart exactly the acknowledged projects are there, each with its PROJECT_CREATED event.
 *
 * Needs a tmpfs mount, so root (as on this project's CI machines); elsewhere it fails saying so.
 */
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';

const mountPoint = tempDir('maestro-chain-full-');
let mounted = false;

afterAll(async () => {
  await stopAllServers(false);
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) {
  createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
}`;
const PROJECTS = `query { projects(first: 10) { totalCount } }`;

/** 9 000 characters a project: the database must grow for every few of them. */
const BULK = 'x'.repeat(9_000);

describe('a full disk under concurrent writes', () => {
  it('should answer every write with its result or STORAGE_FULL, and keep exactly the acknowledged ones', async () => {
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint], { encoding: 'utf8' });
    expect(mount.status, `this test mounts a tmpfs (needs root): ${mount.stderr}`).toBe(0);
    mounted = true;
    const dataDir = join(mountPoint, 'data');
    mkdirSync(dataDir);
    const server = await startServer({ dataDir, args: ['--no-runner'] });

    const acked: string[] = [];
    let refused = 0;
    const burst = (target: TestServer, round: string) =>
      Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          const r = await executeRaw(target, CREATE_PROJECT, { input: { name: `${round} ${i}`, description: BULK } });
          const result = r.body.data?.createProject;
          if (result?.__typename === 'CreateProjectPayload') acked.push(result.project.id);
          else {
            refused++;
            expect(r.body.errors, JSON.stringify(r.body)).toEqual([expect.objectContaining({ extensions: { code: 'STORAGE_FULL', retryable: true } })]);
          }
        }),
      );
    await burst(server, 'before the disk filled');
    expect(refused).toBe(0);

    spawnSync('dd', ['if=/dev/zero', `of=${join(mountPoint, 'filler')}`, 'bs=64k'], { stdio: 'ignore' });
    for (let round = 0; round < 10 && refused === 0; round++) await burst(server, `while full ${round}`);
    expect(refused, 'the full disk refused some writes').toBeGreaterThan(0);
    expect((await executeRaw(server, PROJECTS)).body.errors).toBeUndefined();

    // Space again: a whole burst succeeds without a restart.
    rmSync(join(mountPoint, 'filler'));
    let recovered = false;
    for (let round = 0; round < 5 && !recovered; round++) {
      const before = refused;
      await burst(server, `after space was freed ${round}`);
      recovered = refused === before;
    }
    expect(recovered, 'a burst with every write stored after space was freed').toBe(true);

    // kill -9, restart on the same directory: exactly the acknowledged projects, each with its event.
    await server.stop('SIGKILL');
    const again = await startServer({ dataDir, args: ['--no-runner'] });
    expect((await executeRaw(again, PROJECTS)).body.errors).toBeUndefined();
    await again.stop('SIGTERM');
    const ids = acked.map((id) => Buffer.from(id, 'base64').toString().split(':')[1]).sort();
    const conn = new Database(join(dataDir, 'maestro.db'), { readonly: true });
    try {
      const projects = (conn.prepare(`SELECT "id" FROM "Project" ORDER BY "id"`).all() as { id: string }[]).map((r) => r.id);
      expect(projects).toEqual(ids);
      const events = conn.prepare(`SELECT "projectId" FROM "Event" WHERE "kind" = 'PROJECT_CREATED' ORDER BY "projectId"`).all() as { projectId: string }[];
      expect(events.map((r) => r.projectId)).toEqual(ids);
    } finally {
      conn.close();
    }
    execFileSync('sync');
  }, 180_000);
});
