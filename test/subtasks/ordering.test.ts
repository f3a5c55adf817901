import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import type { SubOrdCreateMutationVariables, SubOrdPageQuery, SubOrdPageQueryVariables } from '../gql/graphql.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { seedTasks } from './helpers.ts';

const Create = graphql(`
  mutation SubOrdCreate($input: CreateSubtaskInput!) {
    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }
  }
`);
const Move = graphql(`
  mutation SubOrdMove($input: MoveSubtaskInput!) {
    moveSubtask(input: $input) { __typename ... on Error { message } }
  }
`);
const Delete = graphql(`
  mutation SubOrdDelete($input: DeleteSubtaskInput!) {
    deleteSubtask(input: $input) { __typename ... on Error { message } }
  }
`);
const Page = graphql(`
  query SubOrdPage($id: ID!, $after: String) {
    task(id: $id) { subtasks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id position } } } }
  }
`);

/** Mulberry32: a seeded PRNG, so a failing sequence can be replayed from its seed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

async function serverOrder(taskId: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const r: Awaited<ReturnType<typeof execute<SubOrdPageQuery, SubOrdPageQueryVariables>>> = await execute(server, Page, { id: taskId, after });
    const page = r.data?.task?.subtasks;
    if (!page) throw new Error(JSON.stringify(r));
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor ?? null;
  }
}

/** Fails loudly unless the mutation's result is its payload type; returns the payload. */
async function expectOk<T extends Record<string, { __typename: string }>>(promise: Promise<{ data?: T | null }>): Promise<T[keyof T]> {
  const r = await promise;
  const result = Object.values(r.data ?? {})[0] as T[keyof T] | undefined;
  if (!result || !result.__typename.endsWith('Payload')) throw new Error(JSON.stringify(r));
  return result;
}

async function create(input: SubOrdCreateMutationVariables['input']): Promise<string> {
  const result = await expectOk(execute(server, Create, { input }));
  if (result.__typename !== 'CreateSubtaskPayload') throw new Error('unreachable');
  return result.subtask.id;
}

describe('subtask ordering', () => {
  it('should keep the order of a reference model over 500 random creates, moves and deletes', async () => {
    const seed = Number(process.env.ORDER_SEED ?? 20261125);
    const random = prng(seed);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const { taskIds: [taskId] } = await seedTasks(server, 1, 'ordering');
    const model: string[] = [];
    for (let step = 0; step < 500; step++) {
      const roll = random();
      if (model.length < 3 || roll < 0.4) {
        const where = model.length ? random() : 0;
        const anchor = model.length ? pick(model) : null;
        const input = { taskId: taskId!, title: `s${step}`, ...(anchor && where < 0.33 ? { afterId: anchor } : anchor && where < 0.66 ? { beforeId: anchor } : {}) };
        const id = await create(input);
        if ('afterId' in input) model.splice(model.indexOf(input.afterId as string) + 1, 0, id);
        else if ('beforeId' in input) model.splice(model.indexOf(input.beforeId as string), 0, id);
        else model.push(id);
      } else if (roll < 0.8) {
        const id = pick(model);
        const anchor = pick(model.filter((m) => m !== id));
        const after = random() < 0.5;
        await expectOk(execute(server, Move, { input: { id, ...(after ? { afterId: anchor } : { beforeId: anchor }) } }));
        model.splice(model.indexOf(id), 1);
        model.splice(model.indexOf(anchor) + (after ? 1 : 0), 0, id);
      } else {
        const id = pick(model);
        await expectOk(execute(server, Delete, { input: { id } }));
        model.splice(model.indexOf(id), 1);
      }
      if (step % 100 === 99) expect(await serverOrder(taskId!), `order after step ${step} (seed ${seed})`).toEqual(model);
    }
    expect(await serverOrder(taskId!)).toEqual(model);
  });

  it('should renumber a task when 80 inserts in one spot exhaust the gap, keeping the order', async () => {
    const { taskIds: [taskId] } = await seedTasks(server, 1, 'dense');
    const model = [await create({ taskId: taskId!, title: 'first' }), await create({ taskId: taskId!, title: 'last' })];
    // Always insert right before `last`: each insert halves the same gap.
    for (let i = 0; i < 80; i++) {
      model.splice(model.length - 1, 0, await create({ taskId: taskId!, title: `d${i}`, beforeId: model.at(-1)! }));
    }
    expect(await serverOrder(taskId!)).toEqual(model);
  });
});
