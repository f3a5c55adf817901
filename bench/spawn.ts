/**
 * Spawn latency (issue 7): spawnSession request → agent process started, over 50 sequential spawns
 * through the in-server runner, beside the start time of `node -e 0` measured in the same run.
 *
 * The agent is a one-line Node program that records `performance.timeOrigin` (when its process
 * started) and the time its first line of JavaScript ran. "Started" below is the first line of JS,
 * so it includes Node's own start-up; the `node -e 0` column is that floor.
 *
 * Prints a table and puts it in docs/BENCHMARKS.md in place of its previous section.   npx tsx bench/spawn.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer, stopAllServers, tempDir } from '../test/helpers/server.ts';
import { agentFlags, seed, spawnOne, waitForSession } from '../test/runner/helpers.ts';
import { replaceSection } from './lib/record.ts';

const SPAWNS = 50;
const WARMUP = 3;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

function nodeStart(runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    out.push(performance.now() - t0);
  }
  return out;
}

async function main() {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  const logPath = join(tempDir('maestro-bench-spawn-'), 'starts.log');
  const command = `${process.execPath} -e "require('fs').appendFileSync(process.env.BENCH_SPAWN_LOG, JSON.stringify({ id: process.env.MAESTRO_SESSION_ID, origin: performance.timeOrigin, js: performance.timeOrigin + performance.now() }) + '\\n')"`;
  const server = await startServer({ args: agentFlags({ bench: command }), env: { BENCH_SPAWN_LOG: logPath } });
  const agent = 'bench';
  const { projectId, taskId } = await seed(server, 'Bench spawn');

  const started = (id: string) => {
    if (!existsSync(logPath)) return null;
    for (const line of readFileSync(logPath, 'utf8').split('\n')) {
      if (!line) continue;
      const e = JSON.parse(line) as { id: string; origin: number; js: number };
      if (e.id === id) return e;
    }
    return null;
  };

  const toJs: number[] = [];
  const toProcess: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < WARMUP + SPAWNS; i++) {
    const t0 = performance.timeOrigin + performance.now();
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent });
    let e = started(session.id);
    const deadline = Date.now() + 30_000;
    while (!e && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 2));
      e = started(session.id);
    }
    if (!e) throw new Error(`session ${session.id} never started:\n${server.output()}`);
    if (i >= WARMUP) {
      toJs.push(e.js - t0);
      toProcess.push(e.origin - t0);
      ids.push(session.id);
    }
  }
  for (const id of ids) await waitForSession(server, id, (s) => s.spawn?.state === 'EXITED', 'exit');

  // Where the time goes, from the log's commit times: request → claim → launched (pid reported).
  const db = new Database(join(server.dataDir, 'maestro.db'), { readonly: true });
  const rows = db.prepare("SELECT sessionId, kind, createdAt FROM Event WHERE kind IN ('SPAWN_REQUESTED','SPAWN_CLAIMED','SESSION_LAUNCHED')").all() as { sessionId: string; kind: string; createdAt: string }[];
  db.close();
  const by = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const m = by.get(r.sessionId) ?? {};
    m[r.kind] = Date.parse(r.createdAt);
    by.set(r.sessionId, m);
  }
  const rawIds = new Set(ids.map((g) => Buffer.from(g, 'base64').toString().split(':')[1]!));
  const claim: number[] = [];
  const launch: number[] = [];
  for (const [sid, m] of by) {
    if (!rawIds.has(sid) || !m.SPAWN_REQUESTED || !m.SPAWN_CLAIMED || !m.SESSION_LAUNCHED) continue;
    claim.push(m.SPAWN_CLAIMED - m.SPAWN_REQUESTED);
    launch.push(m.SESSION_LAUNCHED - m.SPAWN_CLAIMED);
  }
  await stopAllServers();
  const node = nodeStart(20);

  const section = [
    `## Spawn (issue 7) — ${new Date().toISOString().slice(0, 16)}Z, \`npx tsx bench/spawn.ts\``,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average at start ${load}. ` +
      `Server under tsx with its in-server runner; ${SPAWNS} spawns one after another (after ${WARMUP} warm-up spawns), each over HTTP (spawnSession), then waiting for the agent's start record. ` +
      'The agent is `node -e` writing its start time; "JS running" = its first line of JavaScript, "process created" = its `performance.timeOrigin`.',
    '',
    '| measure | p50 | p99 | baseline, same run | ratio (p50) |',
    '|---|---|---|---|---|',
    `| spawnSession request → agent JS running | ${ms(pct(toJs, 50))} | ${ms(pct(toJs, 99))} | \`node -e 0\` wall time: p50 ${ms(pct(node, 50))}, p99 ${ms(pct(node, 99))} | ${(pct(toJs, 50) / pct(node, 50)).toFixed(2)}× |`,
    `| spawnSession request → agent process created | ${ms(pct(toProcess, 50))} | ${ms(pct(toProcess, 99))} | | |`,
    `| (log) SPAWN_REQUESTED → SPAWN_CLAIMED commit | ${ms(pct(claim, 50))} | ${ms(pct(claim, 99))} | | |`,
    `| (log) SPAWN_CLAIMED → SESSION_LAUNCHED commit (prepare dir, launch record, exec, report) | ${ms(pct(launch, 50))} | ${ms(pct(launch, 99))} | | |`,
    '',
  ].join('\n');
  console.log(section);
  replaceSection('## Spawn (issue 7)', section);
}

await main();
