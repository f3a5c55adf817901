/**
 * The build, as steps that each know their inputs and outputs: prisma generate (SQLite, then the
 * PostgreSQL schema written from it and its client), schema.graphql,
 * GraphQL codegen, the web bundle, the hook bundle, the server and CLI bundles.
 *
 *   tsx scripts/build.ts            every step (what `npm run build` and so `check`/`test` run)
 *   tsx scripts/build.ts --changed  only the steps whose inputs or outputs changed since they last ran
 *   add --verbose                   to show the generators' own output
 *
 * `--changed` is what `npm start` uses: a step is skipped when the hash of its inputs (files, the
 * lockfile, the command) and of its outputs is the one stored after it last succeeded, in
 * .cache/build-stamps.json (gitignored, per checkout). Hashing outputs too means a deleted or
 * hand-edited generated file is rebuilt. A full build always runs every step, so the drift check
 * in `npm run check` never trusts a stamp.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
/** Where a checkout keeps its stamps, relative to its root. */
export const STAMPS_FILE = join('.cache', 'build-stamps.json');

export type Step = {
  name: string;
  /** Files and folders (recursively) whose content decides the outputs; `exclude` is left out. */
  inputs: string[];
  exclude?: string[];
  outputs: string[];
  /** The command, run from the repository root. */
  command: string[];
  /** Whether the command prints only warnings (then its output is always shown, not just on failure). */
  quietByItself?: boolean;
  /**
   * Whether its outputs must also be newer than its inputs, as make would have it: bin/maestro.js
   * trusts the CLI bundle only then, so a touched source rebuilds it even with unchanged content.
   */
  newerThanInputs?: boolean;
};

const LOCKFILE = 'package-lock.json'; // a dependency upgrade can change any generator's output

export const STEPS: Step[] = [
  {
    name: 'prisma',
    inputs: ['prisma/schema.prisma', 'prisma.config.ts', LOCKFILE],
    outputs: ['src/generated/prisma', 'src/generated/pothos-types.ts'],
    command: [join(BIN, 'prisma'), 'generate'],
  },
  // PostgreSQL (README, "Scaling out on PostgreSQL"): its schema is written from the SQLite one
  // (committed, so `npm run check` sees drift), then its own client is generated from it.
  {
    name: 'postgres-schema',
    inputs: ['prisma/schema.prisma', 'scripts/postgres-schema.ts'],
    outputs: ['prisma/postgresql/schema.prisma'],
    command: [join(BIN, 'tsx'), 'scripts/postgres-schema.ts'],
  },
  {
    name: 'prisma-postgres',
    inputs: ['prisma/postgresql/schema.prisma', 'prisma.config.ts', LOCKFILE],
    outputs: ['src/generated/prisma-postgres'],
    command: [join(BIN, 'prisma'), 'generate', '--schema', 'prisma/postgresql/schema.prisma'],
  },
  {
    name: 'schema',
    // The Pothos schema is built from src/ (builder, schema, services) and the generated Prisma types.
    inputs: ['src', 'scripts/print-schema.ts', 'prisma/schema.prisma', LOCKFILE],
    exclude: ['src/generated'], // Prisma's output, decided by prisma/schema.prisma
    outputs: ['schema.graphql'],
    command: [join(BIN, 'tsx'), 'scripts/print-schema.ts'],
  },
  {
    name: 'codegen',
    inputs: ['schema.graphql', 'codegen.ts', 'web/src', 'cli/src', 'test', 'bench', LOCKFILE],
    exclude: ['web/src/gql', 'cli/src/gql', 'test/gql', 'bench/results'],
    outputs: ['web/src/gql', 'cli/src/gql', 'test/gql'],
    command: [join(BIN, 'graphql-codegen'), '--config', 'codegen.ts'],
  },
  {
    name: 'web',
    inputs: ['web', LOCKFILE],
    exclude: ['web/dist'],
    outputs: ['web/dist'],
    command: [join(BIN, 'vite'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    quietByItself: true,
  },
  {
    name: 'hook',
    inputs: ['cli/src/hook', 'src/client', LOCKFILE],
    outputs: ['bin/maestro-hook.mjs'],
    command: [
      join(BIN, 'esbuild'),
      'cli/src/hook/main.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--outfile=bin/maestro-hook.mjs',
      '--log-level=warning',
    ],
    quietByItself: true,
  },
  // The server and the CLI as prebuilt bundles of their TypeScript: `npm start`, `bin/maestro.js`
  // and the tests run them with plain node, which starts in a fraction of tsx's time
  // (docs/BENCHMARKS.md). The server bundle also holds its dependencies (scripts/bundle-server.ts):
  // resolving and loading hundreds of files from node_modules was the largest part of its start-up.
  {
    name: 'server',
    inputs: ['src', 'scripts/bundle-server.ts', 'scripts/server-bundle-plugins.ts', LOCKFILE],
    outputs: ['dist/server.mjs', 'dist/server-app.cjs', 'dist/query_compiler_fast_bg.sqlite.wasm', 'dist/query_compiler_fast_bg.postgresql.wasm'],
    command: [join(BIN, 'tsx'), 'scripts/bundle-server.ts'],
    quietByItself: true,
    newerThanInputs: true,
  },
  // The CLI's metafile names the sources it was built from: bin/maestro.js falls back to tsx when one
  // of them is newer than the bundle, so an edited CLI never runs stale.
  bundleStep('cli', 'cli/src/main.ts', ['cli/src', 'src/client'], ['--splitting', '--outdir=dist/cli', '--metafile=dist/cli/meta.json'], ['dist/cli']),
];

/** An esbuild bundle of `entry`, its dependencies left in node_modules. */
function bundleStep(name: string, entry: string, inputs: string[], outputArgs: string[], outputs: string[]): Step {
  return {
    name,
    inputs: [...inputs, LOCKFILE],
    outputs,
    command: [join(BIN, 'esbuild'), entry, '--bundle', '--packages=external', '--platform=node', '--format=esm', '--target=node20', ...outputArgs, '--log-level=warning'],
    quietByItself: true,
    newerThanInputs: true,
  };
}

/** Whether some input file was modified after the oldest output file was written. */
function inputNewerThanOutputs(root: string, step: Step): boolean {
  const mtime = (file: string) => statSync(join(root, file)).mtimeMs;
  const outputs = filesUnder(root, step.outputs).map(mtime);
  if (outputs.length === 0) return true;
  const oldestOutput = Math.min(...outputs);
  return filesUnder(root, step.inputs, step.exclude).some((file) => mtime(file) > oldestOutput);
}

/** Every file under `paths` (sorted, relative to the root), leaving out `exclude`, dependencies and git. */
function filesUnder(root: string, paths: string[], exclude: string[] = []): string[] {
  const excluded = new Set(exclude.map((p) => join(root, p)));
  const out: string[] = [];
  const walk = (abs: string) => {
    if (excluded.has(abs) || !existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const entry of readdirSync(abs).sort()) if (entry !== 'node_modules' && entry !== '.git') walk(join(abs, entry));
    } else out.push(relative(root, abs));
  };
  for (const p of paths) walk(join(root, p));
  return out;
}

/** A hash of the files' paths and contents; a missing path hashes as missing, so its absence is noticed. */
function hashOf(root: string, paths: string[], exclude?: string[]): string {
  const hash = createHash('sha256');
  for (const p of paths) if (!existsSync(join(root, p))) hash.update(`missing:${p}\0`);
  for (const file of filesUnder(root, paths, exclude)) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

const commandLine = (root: string, step: Step) => step.command.map((a) => (a.startsWith(root) ? relative(root, a) : a)).join(' ');
const inputHash = (root: string, step: Step) => createHash('sha256').update(commandLine(root, step)).update('\0').update(hashOf(root, step.inputs, step.exclude)).digest('hex');
const outputHash = (root: string, step: Step) => hashOf(root, step.outputs);

type Stamps = Record<string, { inputs: string; outputs: string }>;

function readStamps(file: string): Stamps {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamps;
  } catch {
    return {}; // none yet, or unreadable: every step runs
  }
}

function writeStamps(file: string, stamps: Stamps) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(stamps, null, 2)}\n`);
}

export class BuildError extends Error {}

function run(root: string, step: Step, verbose: boolean): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const [command, ...args] = step.command;
    const showAll = verbose || step.quietByItself;
    // As `npm run` does: Prisma runs generators by name (prisma-pothos-types) from node_modules/.bin.
    const env = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}` };
    const child = spawn(command!, args, { cwd: root, env, stdio: showAll ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'] });
    let captured = '';
    child.stdout?.on('data', (d) => (captured += d));
    child.stderr?.on('data', (d) => (captured += d));
    child.once('error', (error) => reject(new BuildError(`build step ${step.name}: cannot run ${command}: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) return resolvePromise();
      // The generators' progress is hidden on success; on failure it is the explanation.
      if (captured) process.stderr.write(captured);
      reject(new BuildError(`build step ${step.name} failed (${signal ?? `exit ${code}`}): ${commandLine(root, step)}`));
    });
  });
}

/**
 * Runs the steps in order. With `changedOnly`, a step whose input and output hashes match its stamp
 * is skipped. Returns the names of the steps that ran.
 */
export async function build(
  options: { changedOnly?: boolean; verbose?: boolean; log?: (line: string) => void; root?: string; steps?: Step[] } = {},
): Promise<string[]> {
  const root = options.root ?? ROOT;
  const stampsFile = join(root, STAMPS_FILE);
  const stamps = readStamps(stampsFile);
  const ran: string[] = [];
  for (const step of options.steps ?? STEPS) {
    const inputs = inputHash(root, step);
    const stamp = stamps[step.name];
    const unchanged = stamp && stamp.inputs === inputs && stamp.outputs === outputHash(root, step) && !(step.newerThanInputs && inputNewerThanOutputs(root, step));
    if (options.changedOnly && unchanged) continue;
    options.log?.(`build: ${step.name}${options.changedOnly ? (stamp ? ' (changed)' : ' (never built here)') : ''}`);
    delete stamps[step.name];
    writeStamps(stampsFile, stamps); // a step that fails or is interrupted must not leave its old stamp valid
    await run(root, step, options.verbose ?? false);
    // Inputs as read before the run (an edit made meanwhile is then seen as a change next time);
    // earlier steps' outputs among them (schema.graphql for codegen) were already written.
    stamps[step.name] = { inputs, outputs: outputHash(root, step) };
    writeStamps(stampsFile, stamps);
    ran.push(step.name);
  }
  return ran;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['--changed', '--verbose'].includes(a));
  if (unknown.length) {
    console.error(`build: unknown option ${unknown.join(' ')} (use --changed, --verbose)`);
    process.exit(2);
  }
  build({ changedOnly: args.includes('--changed'), verbose: args.includes('--verbose'), log: args.includes('--verbose') ? (l) => console.error(l) : undefined }).catch(
    (error: unknown) => {
      console.error(error instanceof BuildError ? error.message : error);
      process.exit(1);
    },
  );
}
