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
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { smallDisk } from '../helpers/small-disk.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';

const disk = smallDisk('maestro-chain-full-');

afterAll(async () => {
  await stopAllServers(false);
  disk.remove();
});

const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) {
  createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
}`;
const PROJECTS = `query { projects(first: 10) { totalCount } }`;

/** 9 000 characters a project: the database must grow for every few of them. */
const BULK = 'x'.repeat(9_000);

describe('a full disk under concurrent writes', () => {
  it('should answer every write with its result or STORAGE_FULL, and keep exactly the acknowledged ones', async () => {
    const dataDir = disk.mount();
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

    disk.fill();
    for (let round = 0; round < 10 && refused === 0; round++) await burst(server, `while full ${round}`);
    expect(refused, 'the full disk refused some writes').toBeGreaterThan(0);
    expect((await executeRaw(server, PROJECTS)).body.errors).toBeUndefined();

    // Space again: a whole burst succeeds without a restart.
    disk.free();
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
