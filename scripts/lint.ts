/**
 * Architecture lint: enforces the dependency rules of ARCHITECTURE.md that the type checker cannot.
 * Exit 1 with one line per violation.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { POSTGRES_SCHEMA, postgresSchema, SQLITE_SCHEMA } from './postgres-schema.ts';

const root = resolve(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return ['gql', 'generated', 'dist', 'node_modules'].includes(d.name) ? [] : files(path);
    return /\.(ts|tsx)$/.test(d.name) ? [path] : [];
  });
const exists = (dir: string) => { try { return statSync(join(root, dir)).isDirectory(); } catch { return false; } };

const problems: string[] = [];
const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
const resolved = (file: string, spec: string) => (spec.startsWith('.') ? relative(root, resolve(root, dirname(file), spec)) : spec);

const DOMAIN = ['src/services', 'src/events', 'src/hooks', 'src/skills', 'src/runner'];
for (const file of ['src', 'cli', 'web', 'scripts', 'tools'].filter(exists).flatMap(files)) {
  const source = readFileSync(join(root, file), 'utf8');
  for (const spec of importsOf(file)) {
    const target = resolved(file, spec);
    if (DOMAIN.some((d) => file.startsWith(d)) && (target.startsWith('src/schema') || /^@pothos\/|^graphql-yoga/.test(target))) {
      problems.push(`${file}: the domain layer must not import ${spec} (resolvers call services, not the reverse)`);
    }
    if (file.startsWith('src/client') && target.startsWith('src/') && !target.startsWith('src/client')) {
      problems.push(`${file}: src/client must not import ${spec} (it is shared with web and cli)`);
    }
    // One exception: `maestro skill validate` runs the server's own skill checks locally (no server needed);
    // the modules it reaches must stay free of the rest of src/ (checked below).
    const localSkillCheck = file === 'cli/src/commands/skill-validate.ts' && target === 'src/skills/validate.ts';
    // And `maestro runner` runs src/runner/runner.ts, which talks to the server only through src/client (checked below).
    const localRunner = file === 'cli/src/commands/runner.ts' && target === 'src/runner/runner.ts';
    if ((file.startsWith('cli/') || file.startsWith('web/')) && target.startsWith('src/') && !target.startsWith('src/client') && !localSkillCheck && !localRunner) {
      problems.push(`${file}: clients may import only src/client from src/ (got ${spec})`);
    }
  }
  // The storage port (src/store/): nothing else knows which engine runs, opens a database or writes the log.
  const inStore = file.startsWith('src/store/');
  if (!inStore && /new PrismaClient\(/.test(source)) problems.push(`${file}: only src/store/ constructs a PrismaClient`);
  if (!inStore && /\.event\.(create|update|delete|upsert)/.test(source)) problems.push(`${file}: only src/store/ writes the event table`);
  if (file.startsWith('src/') && !inStore && /from ['"](better-sqlite3|pg|@prisma\/adapter-[\w-]+)['"]/.test(source)) {
    problems.push(`${file}: only src/store/ talks to a database driver (use the Store it is given)`);
  }
  if (file.startsWith('src/') && !inStore && /\$(queryRaw|executeRaw)(Unsafe)?\b/.test(source)) {
    problems.push(`${file}: raw SQL lives only in src/store/ (add a Store method)`);
  }
  if (!file.startsWith('src/events/cursor.ts') && /ev1:/.test(source) && file.startsWith('src/')) {
    problems.push(`${file}: only src/events/cursor.ts encodes or decodes cursors`);
  }
  if (file.startsWith('src/schema') && /console\.log\(/.test(source)) problems.push(`${file}: no console.log in resolvers (use the logger)`);
  // A map keyed by strings as a plain object: a key of "__proto__" (from hook input, a request, a
  // file) reads and writes Object.prototype, polluting every object of the process. Use a Map, or
  // Object.create(null) as src/hooks/state.ts's dict() does.
  for (const [i, line] of source.split('\n').entries()) {
    if (/Record<string,[^=;]*>\s*=\s*\{\s*\}|=\s*\{\s*\}\s*as\s+Record<string/.test(line) || /\{\s*\[\w+:\s*string\]:[^=;]*\}\s*=\s*\{\s*\}/.test(line)) {
      problems.push(`${file}:${i + 1}: a string-keyed map as a plain object literal (use a Map or Object.create(null))`);
    }
  }
}

// What `maestro skill validate` imports from src/skills must not reach the database, the schema or other domains
// (src/client, shared and server-free, is fine).
for (const seen = new Set<string>(), todo = ['src/skills/validate.ts']; todo.length; ) {
  const file = todo.pop()!;
  if (seen.has(file)) continue;
  seen.add(file);
  for (const target of importsOf(file).map((spec) => resolved(file, spec)).filter((t) => t.startsWith('src/'))) {
    if (target.startsWith('src/skills/')) todo.push(target);
    else if (!target.startsWith('src/client/')) problems.push(`${file}: the CLI runs this module locally, so it must not import ${target}`);
  }
}

// The runner reaches the server only through src/client: its module closure stays within src/runner and src/client.
for (const seen = new Set<string>(), todo = ['src/runner/runner.ts']; todo.length; ) {
  const file = todo.pop()!;
  if (seen.has(file)) continue;
  seen.add(file);
  for (const target of importsOf(file).map((spec) => resolved(file, spec)).filter((t) => t.startsWith('src/'))) {
    if (target.startsWith('src/runner/')) todo.push(target);
    else if (!target.startsWith('src/client/')) problems.push(`${file}: the runner talks to the server through src/client only, so it must not import ${target}`);
  }
}

// The repository stands alone: no tracked file may point outside it at the developers' reading folder.
// (The pattern is assembled so this file does not match itself.)
const outside = ['..', 'shared'].join('/');
// git grep exits 1 when nothing matches; 2 or more is an error worth failing on.
const grep = spawnSync('git', ['grep', '-n', '-I', '-F', outside, '--', '.', ':!package-lock.json'], { cwd: root, encoding: 'utf8' });
if (grep.status !== 0 && grep.status !== 1) problems.push(`git grep failed: ${grep.stderr.trim()}`);
for (const line of grep.stdout.split('\n')) {
  if (line) problems.push(`${line.split(':').slice(0, 2).join(':')}: refers to ${outside}, which a clone elsewhere does not have`);
}

// One data model: the PostgreSQL schema is written from the SQLite one (scripts/postgres-schema.ts),
// never edited by hand, and never left behind a change to prisma/schema.prisma.
try {
  if (readFileSync(POSTGRES_SCHEMA, 'utf8') !== postgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8'))) {
    problems.push('prisma/postgresql/schema.prisma: not what scripts/postgres-schema.ts writes from prisma/schema.prisma (run npm run build and commit it; never edit it by hand)');
  }
} catch (error) {
  problems.push(`prisma/postgresql/schema.prisma: ${(error as Error).message}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('lint: architecture rules hold');
