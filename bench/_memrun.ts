import { readFileSync } from 'node:fs';
import { startServer, stopAllServers } from '../test/helpers/server.ts';
import { execute } from '../test/helpers/graphql.ts';
import { sleep } from '../test/events/helpers.ts';
import { fanOut } from '../bench/lib/fan-out.ts';
import { graphql } from '../test/gql/index.ts';
const AbProject = graphql(`
  mutation AbProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }
  }
`);
const AbTask = graphql(`
  mutation AbTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } }
  }
`);
const bundle = process.argv[2];
const flags = process.env.EXTRA ?? '';
const server = await startServer({ bundle, env: { MEMGC: process.env.MEMGC ?? '', NODE_OPTIONS: `--import /tmp/su/memdump.mjs ${flags}` } });
const dump = async (label: string) => { await sleep(1200); console.log(label, readFileSync(`/tmp/su/mem-${server.proc.pid}.json`, 'utf8')); };
await dump('start');
const p: any = await execute(server, AbProject, { input: { name: 'ab' } });
const projectId = p.data.createProject.project.id;
let taskId = '';
for (let i = 0; i < 20; i++) taskId = ((await execute(server, AbTask, { input: { projectId, title: `w${i}` } })) as any).data.createTask.task.id;
await sleep(1000);
await dump('idle');
const secs = Number(process.env.FAN ?? 5);
for (const rate of [100, 400]) { const f = await fanOut(server, taskId, 20, rate, secs); console.log(rate, 'cpu/event ms', (f.cpuPerEvent*1000).toFixed(2)); }
await sleep(1000);
await dump('after');
await stopAllServers();
