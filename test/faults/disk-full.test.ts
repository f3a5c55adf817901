/**
 * The disk fills while the server runs: the data directory sits on a small tmpfs of its own, and a
 * filler file takes every free byte. Writes that cannot be stored fail alone with STORAGE_FULL
 * (nothing is acknowledged that is not durable), the server stays up and answers reads, and once space is freed writes
 * work again without a restart. After a kill -9 and a restart every acknowledged project is there
 * with its PROJECT_CREATED event, and nothing that was refused is.
 *
 * Needs a tmpfs mount, so root (as on this project's CI machines); elsewhere it fails saying so.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { smallDisk } from '../helpers/small-disk.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';

const disk = smallDisk('maestro-full-disk-');

afterAll(async () => {
  await stopAllServers(false);
  disk.remove();
});

const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) {
  createProject(input: $input) { __typename ... on CreateProjectPayload { project { id name } } ... on Error { message } }
}`;
const PROJECTS = `query { projects(first: 100) { totalCount edges { node { id name } } } }`;
const CREATED_EVENTS = `query { events(first: 100, filter: { kinds: [PROJECT_CREATED] }) { edges { node { projectId } } } }`;

/** 9 000 characters a project: the database must grow for every few of them. */
const BULK = 'x'.repeat(9_000);

describe('a full disk', () => {
  it('should refuse what it cannot store, stay up, recover when space is freed, and keep every acknowledged write', async () => {
    const dataDir = disk.mount();

    const server = await startServer({ dataDir, args: ['--no-runner'] });
    const acked: string[] = [];
    const create = async (name: string) => {
      const r = await executeRaw(server, CREATE_PROJECT, { input: { name, description: BULK } });
      const result = r.body.data?.createProject;
      if (result?.__typename === 'CreateProjectPayload') acked.push(result.project.id);
      return { ok: result?.__typename === 'CreateProjectPayload', body: r.body };
    };
    expect((await create('before the disk filled')).ok).toBe(true);

    disk.fill();
    let refused = 0;
    for (let i = 0; i < 60 && refused < 3; i++) {
      const r = await create(`while full ${i}`);
      if (!r.ok) {
        refused++;
        // A clear, typed, retryable error that says what to do; never a success, never a dropped connection.
        expect(r.body.errors, JSON.stringify(r.body)).toEqual([
          expect.objectContaining({ message: expect.stringContaining('disk holding its database is full'), extensions: { code: 'STORAGE_FULL', retryable: true } }),
        ]);
      }
    }
    expect(refused, 'the full disk refused some writes').toBeGreaterThan(0);

    // Still up, and reads still answer.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const whileFull = await executeRaw(server, PROJECTS);
    expect(whileFull.body.errors).toBeUndefined();

    // Space again: writes work without a restart.
    disk.free();
    let recovered = false;
    for (let i = 0; i < 20 && !recovered; i++) {
      recovered = (await create(`after space was freed ${i}`)).ok;
      if (!recovered) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered, 'a write after space was freed').toBe(true);

    // kill -9, restart on the same directory: exactly the acknowledged projects, each with its event.
    await server.stop('SIGKILL');
    const again = await startServer({ dataDir, args: ['--no-runner'] });
    const projects = (await executeRaw(again, PROJECTS)).body.data.projects;
    expect(projects.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...acked].sort());
    const created = (await executeRaw(again, CREATED_EVENTS)).body.data.events.edges.map((e: { node: { projectId: string } }) => e.node.projectId);
    expect([...created].sort()).toEqual([...acked].sort());
    execFileSync('sync');
  }, 180_000);
});
