/**
 * The CLI runner. citty parses arguments and renders help; this owns what citty's `runMain` does
 * not do the way we need: exit codes (2 for usage errors instead of 1), `--json` error envelopes,
 * rejecting unknown options and stray arguments, and help footers. Sub-commands are resolved lazily,
 * so only the command that runs is imported.
 */
import { renderUsage, runCommand, type ArgsDef, type CommandDef } from 'citty';
import { EXIT, toCliError, UsageError, type ExitCode } from './errors.ts';
import { printError, writeErr, writeOut } from './output.ts';

type AnyCommand = CommandDef<any>;

const resolve = async <T>(value: T | Promise<T> | (() => T | Promise<T>)): Promise<T> =>
  typeof value === 'function' ? (value as () => T | Promise<T>)() : value;

/** Everything before `--`. */
const flagsOnly = (rawArgs: readonly string[]) => {
  const end = rawArgs.indexOf('--');
  return end === -1 ? rawArgs : rawArgs.slice(0, end);
};

export type RunOptions = {
  /** Printed after the root command's help. */
  rootFooter?: string;
  /** Printed after every other command's help. */
  footer?: string;
};

/** Walks the sub-command names at the front of rawArgs. */
async function resolveCommand(root: AnyCommand, rawArgs: readonly string[]) {
  let cmd = root;
  let path = [String((await resolve(root.meta))?.name ?? 'maestro')];
  let rest = [...rawArgs];
  for (;;) {
    const subCommands = cmd.subCommands ? await resolve(cmd.subCommands) : undefined;
    if (!subCommands) break;
    const index = rest.findIndex((a) => !a.startsWith('-'));
    const name = index === -1 ? undefined : rest[index];
    // A command that runs by itself and also has sub-commands (`maestro runner`, `maestro runner hosts`):
    // anything but a sub-command's name is its own (an option's value; checkArguments refuses extras).
    if (cmd.run && (name === undefined || !(name in subCommands))) break;
    if (name === undefined) return { cmd, path, rest, missingSubCommand: true, unknown: null as string | null };
    const sub = subCommands[name];
    if (!sub) return { cmd, path, rest, missingSubCommand: false, unknown: name };
    cmd = await resolve(sub);
    path = [...path, name];
    rest = [...rest.slice(0, index), ...rest.slice(index + 1)];
  }
  return { cmd, path, rest, missingSubCommand: false, unknown: null as string | null };
}

async function usage(cmd: AnyCommand, path: readonly string[], footer: string | undefined): Promise<string> {
  const meta = (await resolve(cmd.meta)) ?? {};
  const parent = path.length > 1 ? { meta: { name: path.slice(0, -1).join(' ') } } : undefined;
  const named = { ...cmd, meta: { ...meta, name: path[path.length - 1] } };
  const text = leftAlign((await renderUsage(named, parent)).split('\n').map((line) => line.trimEnd()))
    .join('\n')
    .replace(/\n+$/, '');
  return footer ? `${text}\n\n${footer}` : text;
}

/** citty right-aligns the first column of its option tables; left-aligned reads better. */
function leftAlign(lines: string[]): string[] {
  const row = /^ +(\S(?:.*?\S)?)(?: {2,}(.*))?$/;
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!row.test(lines[i]!)) {
      out.push(lines[i++]!);
      continue;
    }
    const block: [string, string][] = [];
    for (; i < lines.length && row.test(lines[i]!); i++) {
      const [, first, rest] = row.exec(lines[i]!)!;
      block.push([first!, rest ?? '']);
    }
    const width = Math.max(...block.map(([first]) => first.length));
    out.push(...block.map(([first, rest]) => `  ${rest ? `${first.padEnd(width)}  ${rest}` : first}`));
  }
  return out;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** citty ignores unknown options and extra positionals; a typo must not be silently dropped. */
function checkArguments(argsDef: ArgsDef, rest: readonly string[], commandLine: string) {
  const options = new Map<string, 'boolean' | 'string'>();
  let positionals = 0;
  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type === 'positional') {
      // `variadic: true` (ours, not citty's): takes every remaining argument; the command reads `args._`.
      positionals += (def as { variadic?: boolean }).variadic ? Infinity : 1;
      continue;
    }
    const kind = def.type === 'boolean' ? 'boolean' : 'string';
    const aliases = 'alias' in def ? [def.alias ?? []].flat() : [];
    for (const n of [name, kebab(name), ...aliases]) options.set(n, kind);
  }
  const extra: string[] = [];
  let seenPositionals = 0;
  let afterDashes = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!afterDashes && arg === '--') {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      const name = arg.replace(/^--?/, '').split('=')[0]!;
      const kind = options.get(name) ?? (name.startsWith('no-') && options.get(name.slice(3)) === 'boolean' ? 'boolean' : undefined);
      if (!kind) {
        throw new UsageError(`Unknown option ${arg.split('=')[0]} for \`${commandLine}\`.`, `Run \`${commandLine} --help\` for its options.`);
      }
      if (kind === 'string' && !arg.includes('=')) i++; // its value
      continue;
    }
    seenPositionals += 1;
    if (seenPositionals > positionals) extra.push(arg);
  }
  if (extra.length) {
    throw new UsageError(
      `Unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((a) => JSON.stringify(a)).join(' ')} for \`${commandLine}\`.`,
      `Quote values that contain spaces; run \`${commandLine} --help\` for its arguments.`,
    );
  }
}

/** Runs the CLI and resolves with the exit code (the caller sets process.exitCode). */
export async function run(root: AnyCommand, rawArgs: readonly string[], options: RunOptions = {}): Promise<ExitCode> {
  const flags = flagsOnly(rawArgs);
  const json = flags.includes('--json');
  try {
    const { cmd, path, rest, missingSubCommand, unknown } = await resolveCommand(root, rawArgs);
    const commandLine = path.join(' ');
    const footer = path.length === 1 ? options.rootFooter : options.footer;
    if (flags.includes('--help') || flags.includes('-h')) {
      if (unknown) throw new UsageError(`Unknown command "${unknown}" for \`${commandLine}\`.`, `Run \`${commandLine} --help\` for the commands.`);
      writeOut(await usage(cmd, path, footer));
      return EXIT.OK;
    }
    if (path.length === 1 && (flags.includes('--version') || flags.includes('-v'))) {
      writeOut(String((await resolve(root.meta))?.version ?? 'unknown'));
      return EXIT.OK;
    }
    if (unknown) throw new UsageError(`Unknown command "${unknown}" for \`${commandLine}\`.`, `Run \`${commandLine} --help\` for the commands.`);
    if (missingSubCommand) {
      if (!json) writeErr(await usage(cmd, path, footer));
      throw new UsageError(`\`${commandLine}\` needs a command.`, `Run \`${commandLine} --help\` for the commands.`);
    }
    checkArguments((await resolve(cmd.args)) ?? {}, rest, commandLine);
    const { result } = await runCommand(cmd, { rawArgs: rest }).catch((error: unknown) => {
      // citty's own argument errors (a missing required option or positional).
      if (error instanceof Error && error.name === 'CLIError') throw new UsageError(error.message, `Run \`${commandLine} --help\` for its arguments.`);
      throw error;
    });
    return typeof result === 'number' ? (result as ExitCode) : EXIT.OK;
  } catch (error) {
    const cliError = toCliError(error);
    printError(json, cliError);
    return cliError.exitCode;
  }
}
