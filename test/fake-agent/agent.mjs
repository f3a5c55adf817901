#!/usr/bin/env node
/**
 * A fake Claude Code for tests and the README tour. It honours the contract a spawned agent has with
 * Maestro's runner:
 *
 *   - it takes Claude Code's `--settings FILE` and `--plugin-dir DIR` (else MAESTRO_SETTINGS_PATH /
 *     MAESTRO_PLUGIN_DIR), reads the hooks the runner configured there and fires them exactly as
 *     Claude Code would: every matching handler, in parallel; `http` handlers POST the JSON with
 *     their headers (`$VAR` interpolated only for names in allowedEnvVars), `command` handlers get
 *     it on stdin;
 *   - payloads are the fixtures of test/fixtures/claude-hooks adapted to this session (its own
 *     session_id, cwd, prompt ids and tool_use_ids);
 *   - it lists the skills it finds (<plugin-dir>/skills/<name>/SKILL.md) and records its start, its
 *     environment contract, its argv, prompt, model and profile (MAESTRO_PROMPT, MAESTRO_MODEL,
 *     MAESTRO_AGENT_PROFILE, FAKE_AGENT_TAG) and what its commands answered in FAKE_AGENT_LOG
 *     (JSON lines), if set.
 *
 * Script (arguments):
 *   --subtasks "A,B"     runs `maestro subtask add --json A B`, then `maestro subtask done ID` for each,
 *                        each as a Bash tool call (PreToolUse / PostToolUse hooks around it)
 *   --spawn ROLE         runs `maestro session spawn --role ROLE --task <first task> --json --agent NAME`
 *   --child-agent NAME   the agent profile of that child (default: fake, a profile the tests configure)
 *   --hang               waits for SIGTERM after its turn (stopSession); --ignore-term ignores it
 *   --exit N             exit code (default 0); --no-session-end skips SessionEnd
 *   --sleep MS           sleeps before its turn
 *   --rate N             load mode (bench/spawn-load.ts): fires N PostToolUse events a second (the
 *   --duration S         PostToolUse.Bash fixture, each with a unique tool_use_id) for S seconds (default 10),
 *                        open loop (a slow ack does not slow the schedule), through the configured http
 *                        hooks only; times every POST and logs one `load` line: sent, acked (2xx), failed,
 *                        statuses and the ack times in ms
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const startedAt = performance.timeOrigin + performance.now();
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = process.env.FAKE_AGENT_FIXTURES ?? resolve(here, '..', 'fixtures', 'claude-hooks');

function parseArgs(argv) {
  const opts = { exit: 0, subtasks: [], spawn: null, childAgent: null, hang: false, ignoreTerm: false, sessionEnd: true, sleep: 0, rate: 0, duration: 10, settings: null, pluginDir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--') break; // the end of options, as for Claude Code: the rest is the prompt
    if (a === '--settings') opts.settings = next();
    else if (a === '--plugin-dir') opts.pluginDir = next();
    else if (a === '--subtasks') opts.subtasks = next().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--spawn') opts.spawn = next();
    else if (a === '--child-agent') opts.childAgent = next();
    else if (a === '--hang') opts.hang = true;
    else if (a === '--ignore-term') opts.ignoreTerm = true;
    else if (a === '--exit') opts.exit = Number(next());
    else if (a === '--no-session-end') opts.sessionEnd = false;
    else if (a === '--sleep') opts.sleep = Number(next());
    else if (a === '--rate') opts.rate = Number(next());
    else if (a === '--duration') opts.duration = Number(next());
    // Anything else (-p, --model M, the prompt) is accepted like Claude Code would.
    else if (a === '--model') next();
  }
  opts.settings ??= process.env.MAESTRO_SETTINGS_PATH ?? null;
  opts.pluginDir ??= process.env.MAESTRO_PLUGIN_DIR ?? null;
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const agentSessionId = randomUUID();
const promptId = randomUUID();
const log = (entry) => {
  if (process.env.FAKE_AGENT_LOG) appendFileSync(process.env.FAKE_AGENT_LOG, `${JSON.stringify({ at: Date.now(), pid: process.pid, sessionId: process.env.MAESTRO_SESSION_ID ?? null, ...entry })}\n`);
};
const say = (line) => process.stdout.write(`fake-agent: ${line}\n`);

const settings = opts.settings && existsSync(opts.settings) ? JSON.parse(readFileSync(opts.settings, 'utf8')) : { hooks: {} };
const skills = [];
const skillsDir = opts.pluginDir ? join(opts.pluginDir, 'skills') : null;
if (skillsDir && existsSync(skillsDir)) {
  for (const name of readdirSync(skillsDir).sort()) {
    const md = join(skillsDir, name, 'SKILL.md');
    if (!existsSync(md)) continue;
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(md, 'utf8'))?.[1] ?? '';
    const manifest = existsSync(join(skillsDir, name, 'manifest.json')) ? JSON.parse(readFileSync(join(skillsDir, name, 'manifest.json'), 'utf8')) : {};
    skills.push({ name: /^name:\s*(.+)$/m.exec(front)?.[1]?.trim() ?? name, version: manifest.version ?? null });
  }
}
/** This process's group (the runner starts each agent in its own group, led by the launched shell or the agent). */
function processGroup() {
  try {
    return Number(readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ')[2]);
  } catch {
    return null;
  }
}
const CONTRACT = ['MAESTRO_SESSION_ID', 'MAESTRO_TASK_IDS', 'MAESTRO_PROJECT_ID', 'MAESTRO_SERVER_URL', 'MAESTRO_MANIFEST_PATH', 'MAESTRO_TOKEN', 'MAESTRO_ROLE'];
log({
  event: 'start',
  startedAt,
  argv: process.argv.slice(2),
  env: Object.fromEntries(CONTRACT.map((k) => [k, process.env[k] ?? null])),
  parentSessionId: process.env.MAESTRO_PARENT_SESSION_ID || null,
  prompt: process.env.MAESTRO_PROMPT ?? null,
  model: process.env.MAESTRO_MODEL ?? null,
  profile: process.env.MAESTRO_AGENT_PROFILE ?? null,
  tag: process.env.FAKE_AGENT_TAG ?? null,
  pgid: processGroup(),
  cwd: process.cwd(),
  settings: opts.settings,
  skills,
  pathHasMaestro: (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'maestro'))),
});
say(`session ${process.env.MAESTRO_SESSION_ID ?? '?'} (${process.env.MAESTRO_ROLE ?? '?'}), skills: ${skills.map((s) => `${s.name}@${s.version}`).join(', ') || 'none'}`);

// ---------------------------------------------------------------------------------------------
// Hooks, as Claude Code runs them

function fixture(file) {
  return JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')).payload;
}

function adapt(payload, extra = {}) {
  const out = { ...payload, session_id: agentSessionId, cwd: process.cwd(), transcript_path: join(process.cwd(), '.fake-agent', `${agentSessionId}.jsonl`), ...extra };
  if ('prompt_id' in out) out.prompt_id = promptId;
  return out;
}

function matches(matcher, value) {
  if (matcher === undefined || matcher === '' || matcher === '*') return true;
  if (value == null) return true;
  if (/^[A-Za-z0-9_\- ,|]+$/.test(matcher)) return matcher.split(/[|,]/).map((s) => s.trim()).includes(value);
  return new RegExp(matcher).test(value);
}

const interpolate = (text, allowed) => text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => (allowed.includes(a ?? b) ? (process.env[a ?? b] ?? '') : ''));

async function runHandler(handler, body) {
  const timeoutMs = (handler.timeout ?? 600) * 1000;
  if (handler.type === 'http') {
    const allowed = handler.allowedEnvVars ?? [];
    const headers = { 'content-type': 'application/json' };
    for (const [k, v] of Object.entries(handler.headers ?? {})) headers[k] = interpolate(String(v), allowed);
    try {
      const res = await fetch(handler.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      const text = await res.text();
      return { type: 'http', status: res.status, body: text };
    } catch (error) {
      return { type: 'http', error: error.message };
    }
  }
  if (handler.type === 'command') {
    return new Promise((resolveRun) => {
      const child = spawn('/bin/sh', ['-c', handler.command], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, CLAUDE_PROJECT_DIR: process.cwd() } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolveRun({ type: 'command', code, output: out });
      });
      child.stdin.end(body);
    });
  }
  return { type: handler.type, skipped: true };
}

async function fire(payload) {
  const event = payload.hook_event_name;
  const groups = settings.hooks?.[event] ?? [];
  const handlers = groups.filter((g) => matches(g.matcher, payload.tool_name ?? payload.source ?? payload.reason ?? payload.notification_type)).flatMap((g) => g.hooks ?? []);
  const body = JSON.stringify(payload);
  const results = await Promise.all(handlers.map((h) => runHandler(h, body)));
  log({ event: 'hook', hook: event, tool: payload.tool_name ?? null, results: results.map((r) => ({ ...r, body: undefined, output: r.output?.slice(0, 200) })) });
  return results;
}

/** Runs a shell command as a Bash tool call: PreToolUse, the command, PostToolUse (or PostToolUseFailure). */
async function bash(command, description) {
  const toolUseId = `toolu_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
  const tool_input = { command, description, timeout: 120000, run_in_background: false };
  await fire(adapt(fixture('PreToolUse.Bash.json'), { tool_input, tool_use_id: toolUseId }));
  const t0 = Date.now();
  const result = await new Promise((resolveRun) => {
    const child = spawn('/bin/sh', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
  log({ event: 'command', command, code: result.code, stdout: result.stdout.slice(0, 4000), stderr: result.stderr.slice(0, 4000) });
  if (result.code === 0) {
    await fire(adapt(fixture('PostToolUse.Bash.json'), {
      tool_input,
      tool_use_id: toolUseId,
      tool_response: { stdout: result.stdout, stderr: result.stderr, interrupted: false, isImage: false },
      duration_ms: Date.now() - t0,
    }));
  } else {
    await fire(adapt(fixture('PostToolUseFailure.Bash.json'), { tool_input, tool_use_id: toolUseId, error: `Exit code ${result.code}\n${result.stderr}`.slice(0, 10000), duration_ms: Date.now() - t0 }));
  }
  return result;
}

const shq = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;
const envelope = (text) => {
  try {
    return JSON.parse(text.trim().split('\n').pop());
  } catch {
    return null;
  }
};

// ---------------------------------------------------------------------------------------------
// The session

let terminated = false;
process.on('SIGTERM', () => {
  log({ event: 'signal', signal: 'SIGTERM', ignored: opts.ignoreTerm });
  if (opts.ignoreTerm) return;
  terminated = true;
  say('SIGTERM: exiting');
  process.exit(143);
});

await fire(adapt(fixture('SessionStart.startup.json'), { model: process.env.MAESTRO_MODEL || 'fake-agent' }));
if (opts.sleep) await new Promise((r) => setTimeout(r, opts.sleep));
await fire(adapt(fixture('UserPromptSubmit.json'), { prompt: process.env.MAESTRO_PROMPT ?? 'fake prompt' }));

if (opts.rate > 0) await load(opts.rate, opts.duration);

/** Load mode: `rate` PostToolUse events a second for `seconds`, each POSTed to every configured http handler. */
async function load(rate, seconds) {
  const handlers = (settings.hooks?.PostToolUse ?? []).filter((g) => matches(g.matcher, 'Bash')).flatMap((g) => g.hooks ?? []).filter((h) => h.type === 'http');
  const base = fixture('PostToolUse.Bash.json');
  const total = Math.round(rate * seconds);
  const ackMs = [];
  const statuses = {};
  let sent = 0;
  let acked = 0;
  let failed = 0;
  const inFlight = [];
  const t0 = performance.now();
  const post = async (handler, body) => {
    const headers = { 'content-type': 'application/json' };
    for (const [k, v] of Object.entries(handler.headers ?? {})) headers[k] = interpolate(String(v), handler.allowedEnvVars ?? []);
    const start = performance.now();
    try {
      const res = await fetch(handler.url, { method: 'POST', headers, body, signal: AbortSignal.timeout((handler.timeout ?? 600) * 1000) });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.ok) {
        acked += 1;
        ackMs.push(Math.round((performance.now() - start) * 100) / 100);
      } else failed += 1;
    } catch (error) {
      failed += 1;
      statuses[error.name] = (statuses[error.name] ?? 0) + 1;
    }
  };
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const toolUseId = `toolu_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
    const body = JSON.stringify(adapt(base, { tool_use_id: toolUseId, tool_input: { ...base.tool_input, description: `load ${i}` } }));
    for (const handler of handlers) {
      sent += 1;
      inFlight.push(post(handler, body));
    }
  }
  await Promise.all(inFlight);
  log({ event: 'load', rate, seconds, handlers: handlers.length, sent, acked, failed, statuses, elapsedMs: Math.round(performance.now() - t0), ackMs });
}

if (opts.subtasks.length) {
  const added = await bash(`maestro subtask add --json ${opts.subtasks.map(shq).join(' ')}`, 'Break the task into subtasks');
  const ids = envelope(added.stdout)?.data?.subtasks?.map((s) => s.id) ?? [];
  for (const id of ids) await bash(`maestro subtask done --json ${shq(id)}`, 'Tick the subtask off');
}
if (opts.spawn) {
  const task = (process.env.MAESTRO_TASK_IDS ?? '').split(',').filter(Boolean)[0];
  const child = opts.childAgent ?? 'fake';
  const result = await bash(`maestro session spawn --json --role ${shq(opts.spawn)}${task ? ` --task ${shq(task)}` : ''} --agent ${shq(child)}`, 'Spawn a session');
  log({ event: 'spawned', code: result.code, envelope: envelope(result.stdout) ?? envelope(result.stderr) });
}

await fire(adapt(fixture('Stop.json'), { last_assistant_message: 'Done.' }));
if (opts.hang) {
  say('waiting for SIGTERM');
  await new Promise(() => setInterval(() => {}, 1 << 30));
}
if (opts.sessionEnd && !terminated) await fire(adapt(fixture('SessionEnd.prompt_input_exit.json'), { reason: 'other' }));
log({ event: 'exit', code: opts.exit });
say(`exiting with ${opts.exit}`);
process.exit(opts.exit);
