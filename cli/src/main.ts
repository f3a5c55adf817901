/**
 * `maestro`: the command-line client of the Maestro server. The root only wires commands; each
 * command lives in its own file under commands/ and is imported only when it runs (or when its
 * group's --help lists it), so `maestro --help` loads citty and nothing else.
 */
import './lib/tty.ts';
import { defineCommand, type CommandDef } from 'citty';
import { pathToFileURL } from 'node:url';
import { run } from './lib/run.ts';

type Loaded = Promise<{ default: CommandDef<any> }>;
const lazy = (load: () => Loaded) => () => load().then((m) => m.default);

/** Every command, by its full name. Tests keep an exhaustive table over these keys. */
export const commands = {
  'project list': lazy(() => import('./commands/project-list.ts')),
  'project create': lazy(() => import('./commands/project-create.ts')),
  'project show': lazy(() => import('./commands/project-show.ts')),
  'task list': lazy(() => import('./commands/task-list.ts')),
  'task create': lazy(() => import('./commands/task-create.ts')),
  'task show': lazy(() => import('./commands/task-show.ts')),
  'task update': lazy(() => import('./commands/task-update.ts')),
  'subtask list': lazy(() => import('./commands/subtask-list.ts')),
  'subtask add': lazy(() => import('./commands/subtask-add.ts')),
  'subtask done': lazy(() => import('./commands/subtask-done.ts')),
  'subtask undo': lazy(() => import('./commands/subtask-undo.ts')),
  'subtask edit': lazy(() => import('./commands/subtask-edit.ts')),
  'subtask mv': lazy(() => import('./commands/subtask-mv.ts')),
  'subtask rm': lazy(() => import('./commands/subtask-rm.ts')),
  'events tail': lazy(() => import('./commands/events-tail.ts')),
  'events list': lazy(() => import('./commands/events-list.ts')),
  'skill list': lazy(() => import('./commands/skill-list.ts')),
  'skill info': lazy(() => import('./commands/skill-info.ts')),
  'skill validate': lazy(() => import('./commands/skill-validate.ts')),
  hook: lazy(() => import('./commands/hook.ts')),
  'hooks install': lazy(() => import('./commands/hooks-install.ts')),
  'spool flush': lazy(() => import('./commands/spool-flush.ts')),
  'session list': lazy(() => import('./commands/session-list.ts')),
  'session show': lazy(() => import('./commands/session-show.ts')),
  'session watch': lazy(() => import('./commands/session-watch.ts')),
  'session wait': lazy(() => import('./commands/session-wait.ts')),
  'session register': lazy(() => import('./commands/session-register.ts')),
  'session spawn': lazy(() => import('./commands/session-spawn.ts')),
  'session agents': lazy(() => import('./commands/session-agents.ts')),
  'session cleanup': lazy(() => import('./commands/session-cleanup.ts')),
  runner: lazy(() => import('./commands/runner.ts')),
  'runner hosts': lazy(() => import('./commands/runner-hosts.ts')),
  'runner declare-dead': lazy(() => import('./commands/runner-declare-dead.ts')),
} as const;

export type CommandName = keyof typeof commands;

const groups = {
  project: 'Create, list and inspect projects',
  task: 'Create, list, inspect and update the tasks of a project',
  subtask: 'List, add, tick off, edit, reorder and delete the subtasks of a task (default: the session\'s task)',
  events: 'Read the event log: page through history, or follow it live',
  skill: 'List and inspect the skills sessions get, and validate skill directories locally',
  hooks: 'Install the Claude Code hooks that report to Maestro',
  spool: 'Deliver hook events spooled while the server was unreachable',
  session: 'Agent sessions: spawn one on tasks, register one started by hand, list, inspect and follow them live',
} as const satisfies Record<string, string>;

type Group = keyof typeof groups;

function group(name: Group) {
  const subCommands = Object.fromEntries(
    Object.entries(commands)
      .filter(([full]) => full.startsWith(`${name} `))
      .map(([full, load]) => [full.slice(name.length + 1), load]),
  );
  return defineCommand({ meta: { name, description: groups[name] }, subCommands });
}

/** `maestro runner` runs a runner and is also the group of `runner hosts` and `runner declare-dead` (lib/run.ts resolves which). */
async function runnerWithSubcommands() {
  const runner = await commands.runner();
  return { ...runner, subCommands: { hosts: commands['runner hosts'], 'declare-dead': commands['runner declare-dead'] } };
}

export const main = defineCommand({
  meta: {
    name: 'maestro',
    version: '0.1.0',
    description: 'Maestro command line: projects, tasks and the live event log of a Maestro server',
  },
  subCommands: { project: () => group('project'), task: () => group('task'), subtask: () => group('subtask'), events: () => group('events'), skill: () => group('skill'), hook: commands.hook, hooks: () => group('hooks'), spool: () => group('spool'), session: () => group('session'), runner: runnerWithSubcommands },
});

const ROOT_FOOTER = `ENVIRONMENT

  MAESTRO_SERVER_URL  Server URL when --server is not given (default http://127.0.0.1:4000)
  MAESTRO_TOKEN       Bearer token when --token is not given
  MAESTRO_TIMEOUT_MS  Request timeout in milliseconds (default 30000)

OUTPUT

  People get compact tables on stdout and errors, with what to do next, on stderr.
  --json prints exactly one line on stdout: {"ok":true,"data":…} or
  {"ok":false,"error":{"code":"…","message":"…"}}. \`events tail --json\` prints one event per line.

EXIT CODES

  0  success
  1  the operation failed: a typed error from the server (code = its type in SCREAMING_SNAKE_CASE:
     VALIDATION_ERROR, NOT_FOUND_ERROR, PROJECT_NOT_EMPTY_ERROR, BASE_ERROR), a refusal
     (UNAUTHENTICATED, FORBIDDEN, CURSOR_INVALID, CURSOR_UNKNOWN, CURSOR_EXPIRED, …) or INTERNAL_ERROR
  2  usage error (USAGE_ERROR): unknown command or option, missing or malformed argument
  3  the server could not be reached (NETWORK, TIMEOUT): is it running? Start it with \`npm start\``;

const FOOTER = 'Exit codes: 0 ok, 1 failed (typed error), 2 usage error, 3 server unreachable. See `maestro --help`.';

export async function cli(rawArgs: readonly string[]): Promise<number> {
  return run(main, rawArgs, { rootFooter: ROOT_FOOTER, footer: FOOTER });
}

/** Runs the CLI as the process: exit code, quiet EPIPE, no waiting on closing sockets. */
export async function runProcess(rawArgs: readonly string[] = process.argv.slice(2)): Promise<void> {
  // `maestro events tail --follow | head` closes stdout early: exit quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await cli(rawArgs);
  // The command is done: exit as soon as what it printed is written. Waiting for the event loop to
  // empty would keep the user (and every script that runs maestro) waiting on sockets that only
  // close later: the last request's idle keep-alive connection, a closing WebSocket's handshake
  // (events tail --follow after Ctrl-C).
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}

/** Resolves once everything written to `stream` so far has been handed to the OS. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}

// `tsx cli/src/main.ts …` (npm run cli) runs this file directly; bin/maestro.js imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runProcess();
