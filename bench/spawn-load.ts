/**
 * Hook load through spawned agents (issue 7, Benchmarks, second item): 20 sessions spawned with
 * spawnSession through the in-server runner, each agent the fake agent (test/fake-agent/agent.mjs) in
 * load mode: 20 PostToolUse events a second for 60 s (open loop, unique tool_use_ids) through the http
 * hooks the runner configured, each POST timed by the agent. After the agents exit, the events each
 * agent got a 2xx for are compared with the HOOK_RECEIVED rows of its session in the database (read
 * only): lost must be 0. Baselines in the same run: raw better-sqlite3 inserts, synchronous=FULL, one
 * row per commit; `node -e 0` wall time.
 *
 * Prints a table and puts it in docs/BENCHMARKS.md in place of its previous section.   npx tsx bench/spawn-load.ts [--agents 20] [--rate 20] [--duration 60]
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { startServer, stopAllServers, tempDir } from '../test/helpers/server.ts';
import { agentFlags, agentLog, fakeAgent, seed, spawnOne, waitForSession } from '../test/runner/helpers.ts';
import { replaceSection } from './lib/record.ts';

const { values } = parseArgs({ options: { agents: { type: 'string', default: '20' }, rate: { type: 'string', default: '20' }, duration: { type: 'string', default: '60' } } });
const AGENTS = Number(values.agents);
const RATE = Number(values.rate);
const DURATION = Number(values.duration);

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

function nodeStart(runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    out.push(performance.now() - t0);
  }
  return out;
}

/** Raw floor: one row (about the size of a hook event) per commit, WAL, synchronous=FULL, for `seconds`. */
function rawInserts(seconds: number): number {
  const db = new Database(join(tempDir('maestro-bench-raw-'), 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE e (seq INTEGER PRIMARY KEY, sessionId TEXT, payload TEXT, toolUseId TEXT UNIQUE, createdAt TEXT)');
  const insert = db.prepare('INSERT INTO e (sessionId, payload, toolUseId, createdAt) VALUES (?, ?, ?, ?)');
  const payload = 'x'.repeat(1300);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    db.transaction(() => insert.run('s', payload, `toolu_${n}`, new Date().toISOString())).immediate();
    n += 1;
  }
  const rate = n / ((performance.now() - t0) / 1000);
  db.close();
  return rate;
}

async function main() {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  const logPath = join(tempDir('maestro-bench-load-'), 'agents.log');
  const server = await startServer({ args: agentFlags({ load: fakeAgent('--rate', String(RATE), '--duration', String(DURATION)) }), env: { FAKE_AGENT_LOG: logPath } });
  const { projectId, taskId } = await seed(server, 'Bench spawn load');
  const agent = 'load';

  const t0 = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < AGENTS; i++) ids.push((await spawnOne(server, { projectId, taskIds: [taskId], agent })).session.id);
  const timeoutMs = (DURATION + 120) * 1000;
  for (const id of ids) await waitForSession(server, id, (s) => s.spawn?.state === 'EXITED', 'exit', timeoutMs);
  const wall = (performance.now() - t0) / 1000;
  const loadEnd = loadavg().map((l) => l.toFixed(2)).join(' ');

  const loads = agentLog(logPath).filter((e) => e.event === 'load') as {
    sessionId: string;
    sent: number;
    acked: number;
    failed: number;
    statuses: Record<string, number>;
    elapsedMs: number;
    ackMs: number[];
  }[];
  const db = new Database(join(server.dataDir, 'maestro.db'), { readonly: true, fileMustExist: true });
  const rows = db
    .prepare(`SELECT sessionId, COUNT(*) AS n, COUNT(DISTINCT toolUseId) AS distinctN FROM "Event" WHERE kind = 'HOOK_RECEIVED' AND hookEvent = 'PostToolUse' GROUP BY sessionId`)
    .all() as { sessionId: string; n: number; distinctN: number }[];
  db.close();
  await stopAllServers();

  const stored = new Map(rows.map((r) => [r.sessionId, r]));
  let sent = 0;
  let acked = 0;
  let failed = 0;
  let storedTotal = 0;
  let lost = 0;
  let duplicated = 0;
  const statuses: Record<string, number> = {};
  const acks: number[] = [];
  const perAgent: string[] = [];
  for (const id of ids) {
    const l = loads.find((e) => e.sessionId === id);
    const r = stored.get(rawId(id)) ?? { n: 0, distinctN: 0 };
    if (!l) {
      perAgent.push(`${id}: no load record`);
      continue;
    }
    sent += l.sent;
    acked += l.acked;
    failed += l.failed;
    storedTotal += r.n;
    lost += Math.max(0, l.acked - r.distinctN);
    duplicated += r.n - r.distinctN;
    for (const [k, v] of Object.entries(l.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
    acks.push(...l.ackMs);
    perAgent.push(`${rawId(id)}: sent ${l.sent}, acked ${l.acked}, stored ${r.n} (${r.distinctN} distinct), ${(l.elapsedMs / 1000).toFixed(1)} s`);
  }
  console.log(perAgent.join('\n'));
  const achieved = acked / DURATION;

  const raw = rawInserts(5);
  const node = nodeStart(20);

  const section = [
    `## Spawned agents under hook load (issue 7) — ${new Date().toISOString().slice(0, 16)}Z, \`npx tsx bench/spawn-load.ts${DURATION !== 60 ? ` --duration ${DURATION}` : ''}\``,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average at start ${load}, at the end of the load ${loadEnd}. ` +
      `Server under tsx with its in-server runner; ${AGENTS} sessions spawned with spawnSession, each agent the fake agent in load mode (\`--rate ${RATE} --duration ${DURATION}\`): ` +
      `PostToolUse.Bash fixture (~1.3 KB) with a unique tool_use_id, open loop, POSTed through the http hook the runner configured; the agent times each POST and logs its counts. ` +
      `Stored = HOOK_RECEIVED PostToolUse rows of the session, counted read-only in maestro.db after every agent exited; every ack is after a durable commit (WAL, synchronous=FULL). ` +
      `Agents, server and bench share the machine's ${cpus().length} cores.`,
    '',
    '| measure | Maestro | baseline, same run | ratio |',
    '|---|---|---|---|',
    `| events: ${AGENTS} agents × ${RATE}/s × ${DURATION} s = ${AGENTS * RATE * DURATION} scheduled | sent ${sent}, acked (2xx) ${acked}, not acked ${failed}${failed ? ` (${JSON.stringify(statuses)})` : ''}; stored ${storedTotal}; **lost ${lost}**, duplicated ${duplicated} | — | lost/acked ${acked ? (lost / acked).toFixed(4) : '—'} |`,
    `| ingest rate achieved (acked / ${DURATION} s; offered ${AGENTS * RATE}/s) | ${achieved.toFixed(0)} events/s | raw better-sqlite3, synchronous=FULL, 1 row per commit: ${raw.toFixed(0)} commits/s | ${(achieved / raw).toFixed(2)}× raw |`,
    `| ingest ack time as the agents measured it (POST → 2xx) | p50 ${ms(pct(acks, 50))}, p99 ${ms(pct(acks, 99))}, max ${ms(pct(acks, 100))} | \`node -e 0\` wall time: p50 ${ms(pct(node, 50))} | p99 ${(pct(acks, 99) / pct(node, 50)).toFixed(2)}× \`node -e 0\` |`,
    `| spawn of the ${AGENTS} → last agent exited | ${wall.toFixed(1)} s | load duration ${DURATION} s | ${(wall / DURATION).toFixed(2)}× |`,
    '',
  ].join('\n');
  console.log(section);
  replaceSection('## Spawned agents under hook load (issue 7)', section);
}

await main();
