/**
 * Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the one data model, for the
 * PostgreSQL engine (README, "Scaling out on PostgreSQL"). SQLite stays the source of truth so the
 * two engines can never disagree on a model or a field: only what is engine-specific is rewritten.
 *
 *   - the datasource provider: "sqlite" → "postgresql";
 *   - the client generator's output: src/generated/prisma-postgres, a client of its own with the
 *     same model API (same models and fields, and types but for Event.seq below), so the store can
 *     use either behind one type;
 *   - the Pothos generator is dropped: the GraphQL types come from the SQLite client once;
 *   - Event.seq is a BigInt (BIGSERIAL): SQLite's INTEGER is 64-bit already, and a 32-bit SERIAL
 *     would end the log at 2^31 − 1 events. Only src/store/ touches the Event model, and it turns
 *     seq into a number (exact to 2^53 − 1), so this one type difference stays inside the store.
 *
 * It runs as a build step (scripts/build.ts); the file is committed, so `npm run check` sees drift.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
export const SQLITE_SCHEMA = join(ROOT, 'prisma', 'schema.prisma');
export const POSTGRES_SCHEMA = join(ROOT, 'prisma', 'postgresql', 'schema.prisma');

export class SchemaRewriteError extends Error {}

const HEADER = `// GENERATED from ../schema.prisma by scripts/postgres-schema.ts (a build step): do not edit.
// Change prisma/schema.prisma, then \`npm run build\` and \`npm run db:migrate:create -- NAME\`
// (which writes the SQLite and the PostgreSQL migration).
`;

/** Replaces exactly one match of `pattern` in `text`, or says which part of the schema moved. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1) {
    throw new SchemaRewriteError(
      `scripts/postgres-schema.ts expected exactly one ${what} in prisma/schema.prisma (found ${matches?.length ?? 0}): update the rewrite rules there.`,
    );
  }
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the SQLite schema `source`. */
export function postgresSchema(source: string): string {
  let out = source;
  out = replaceOnce(out, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'sqlite datasource');
  out = replaceOnce(out, /(generator client \{[^}]*output\s*=\s*)"\.\.\/src\/generated\/prisma"/, '$1"../../src/generated/prisma-postgres"', 'client generator output');
  out = replaceOnce(out, /\ngenerator pothos \{[^}]*\}\n/, '', 'pothos generator');
  out = replaceOnce(out, /(model Event \{\s*seq\s+)Int(\s+@id @default\(autoincrement\(\)\))/, '$1BigInt$2', 'Event.seq Int autoincrement');
  // The first comment block describes the SQLite file's own workflow; the header replaces it.
  out = out.replace(/^(\/\/[^\n]*\n)+\n?/, '');
  return `${HEADER}\n${out}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(dirname(POSTGRES_SCHEMA), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, postgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8')));
}
