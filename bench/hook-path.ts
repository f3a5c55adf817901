/**
 * What Maestro's hooks cost an agent per event (issue 15), beside `node -e 0` in the same run:
 *
 * - per event, spawn → exit (what Claude Code waits for), interleaved, BENCH_RUNS each (default 30):
 *   the shell hook of spawned sessions (SHELL_HOOK_COMMAND: payload fsynced to the spool's incoming
 *   directory), `maestro hook` (the Node command hook `maestro hooks install` configures, posting to
 *   a live server), and `node -e 0`;
 * - on the real Claude Code CLI (offline, scripted fake Messages API): the same 8-tool-call session
 *   run bare (no hooks) and with a spawned session's hooks settings, BENCH_CLI_RUNS each (default 3),
 *   interleaved: the added wall time per hook event fired.
 *
 * Prints a table and puts it in docs/BENCHMARKS.md in place of its previous section.
 *
 *   npx tsx bench/hook-path.ts        (also run by `npm run bench`)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { commandHook, HOOK_EVENTS } from '../src/client/claude-hooks.ts';
import { INCOMING_DIR, SHELL_HOOK_COMMAND } from '../src/client/spool.ts';
import { hooksSettings } from '../src/runner/prepare.ts';
import { ROOT, startServer, stopAllServers, tempDir } from '../test/helpers/server.ts';
import { createSession } from '../test/hooks/helpers.ts';
import type { Conversation, Reply } from '../test/real-claude/fake-anthropic.ts';
import { startFakeClaude } from '../test/real-claude/harness.ts';
import { runClaude } from '../test/real-claude/offline.ts';
import { replaceSection } from './lib/record.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);
const TOOL_CALLS = 8;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** Milliseconds from spawn to exit, with `stdin` written and closed. */
function timeRun(command: string, args: string[], env: NodeJS.ProcessEnv, stdin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['pipe', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} exited with ${code}`))));
    child.stdin.end(stdin);
  });
}

async function perEvent() {
  const server = await startServer();
  const session = await createSession(server);
  const payload = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'claude-hooks', 'PreToolUse.Bash.json'), 'utf8')).payload;
  const body = JSON.stringify(payload);
  const shellDir = tempDir('maestro-bench-hook-');
  mkdirSync(join(shellDir, 'spool', INCOMING_DIR), { recursive: true });
  const base = { PATH: process.env.PATH!, MAESTRO_TOKEN: session.token, MAESTRO_SERVER_URL: server.url };
  const kinds = {
    'node -e 0': () => timeRun(process.execPath, ['-e', '0'], base, ''),
    'shell hook (spawned sessions)': () => timeRun('/bin/sh', ['-c', SHELL_HOOK_COMMAND], { ...base, MAESTRO_DATA_DIR: shellDir }, body),
    '`maestro hook` (Node, server up)': () => timeRun(process.execPath, [join(ROOT, 'bin', 'maestro-hook.mjs')], { ...base, MAESTRO_DATA_DIR: tempDir('maestro-bench-hook-') }, body),
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  for (const run of Object.values(kinds)) await run(); // warm-up
  for (let i = 0; i < RUNS; i++) for (const [name, run] of Object.entries(kinds)) samples[name]!.push(await run());
  await stopAllServers();
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
}

async function onRealCli() {
  const { fake, env } = await startFakeClaude();
  const readNotes = (c: Conversation): Reply => ({ tools: [{ name: 'Read', input: { file_path: join(c.projectDir!, 'notes.txt') } }] });
  let n = 0;
  /** A hooks section running `command` on every event Maestro subscribes to. */
  const everyEvent = (command: string) => ({ hooks: Object.fromEntries(HOOK_EVENTS.map((e) => [e, [{ hooks: [commandHook(command)] }]])) });
  const SETTINGS = { bare: {}, noop: everyEvent('true'), maestro: hooksSettings() };
  /** One scripted session in a fresh folder, with no hooks, a no-op hook or a spawned session's hooks. */
  const session = async (hooks: keyof typeof SETTINGS) => {
    const tag = `[bench hook path ${n++}]`;
    fake.scenario(tag, [...Array.from({ length: TOOL_CALLS }, () => readNotes), { text: 'Done.' }]);
    const dir = tempDir('maestro-bench-cli-');
    writeFileSync(join(dir, 'notes.txt'), 'notes\n');
    const dataDir = join(dir, 'data');
    mkdirSync(join(dataDir, 'spool', INCOMING_DIR), { recursive: true });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(SETTINGS[hooks]));
    const run = await runClaude(['-p', '--settings', join(dir, 'settings.json'), `Read the notes ${tag}`], {
      cwd: dir,
      env: { ...env, MAESTRO_DATA_DIR: dataDir, MAESTRO_TOKEN: 'mst_bench', MAESTRO_SERVER_URL: 'http://127.0.0.1:9' },
    });
    if (run.code !== 0) throw new Error(`claude exited with ${run.code}: ${run.stderr}`);
    return { ms: run.ms, events: readdirSync(join(dataDir, 'spool', INCOMING_DIR)).length };
  };
  await session('bare'); // warm-up
  const walls: Record<keyof typeof SETTINGS, number[]> = { bare: [], noop: [], maestro: [] };
  let events = 0;
  for (let i = 0; i < CLI_RUNS; i++) {
    for (const kind of ['bare', 'noop', 'maestro'] as const) {
      const run = await session(kind);
      walls[kind].push(run.ms);
      if (kind === 'maestro') events = run.events;
    }
  }
  await fake.close();
  return { bare: median(walls.bare), noop: median(walls.noop), hooked: median(walls.maestro), events };
}

const event = await perEvent();
const cli = await onRealCli();
const floor = event['node -e 0']!;
const perEventAdded = (cli.hooked - cli.bare) / cli.events;
const perEventOverNoop = (cli.hooked - cli.noop) / cli.events;
const rows = [
  '| per event, spawn → exit | median | × `node -e 0` |',
  '|---|---|---|',
  ...Object.entries(event).map(([k, ms]) => `| ${k} | ${fmt(ms)} | ${(ms / floor).toFixed(2)} |`),
];
const cliRows = [
  `| real Claude Code, ${TOOL_CALLS} tool calls (\`-p\`, fake API) | median wall |`,
  '|---|---|',
  `| no hooks | ${fmt(cli.bare)} |`,
  `| a no-op command hook (\`true\`) on the same events | ${fmt(cli.noop)} |`,
  `| a spawned session's hooks (${cli.events} events fired) | ${fmt(cli.hooked)} |`,
  `| added per event over no hooks | ${fmt(perEventAdded)} (${(perEventAdded / floor).toFixed(2)} × \`node -e 0\`) |`,
  `| added per event over the no-op hook | ${fmt(perEventOverNoop)} (${(perEventOverNoop / floor).toFixed(2)} × \`node -e 0\`) |`,
];
const machine = `${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)} at the end`;
const section = [
  `## Hook path (issue 15) — ${new Date().toISOString().slice(0, 16)}Z, \`npx tsx bench/hook-path.ts\``,
  '',
  `Machine: ${machine}. Medians of ${RUNS} interleaved runs per row (first table) and ${CLI_RUNS} interleaved runs (second).`,
  'The shell hook is what a spawned session runs on every event: it only writes the event to the spool, fsynced, so a down',
  "or frozen server adds nothing to it; the runner sends it. `maestro hook` posts to a live server (and spools on failure).",
  '',
  ...rows,
  '',
  ...cliRows,
  '',
].join('\n');
console.log(section);
replaceSection('## Hook path (issue 15)', section);
process.exit(0);
