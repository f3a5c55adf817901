/**
 * Offline migration tooling built on Prisma's WebAssembly schema engine (the Prisma CLI's
 * `migrate` commands need a native engine that cannot be downloaded here; see CONTRIBUTING.md, migrations).
 * Two engines, one data model: SQLite (prisma/schema.prisma, prisma/migrations) and PostgreSQL
 * (prisma/postgresql/schema.prisma, written from it by scripts/postgres-schema.ts, and
 * prisma/postgresql/migrations).
 *
 *   tsx tools/schema-engine.ts diff          exit 0 when both engines' migrations match their schema, 2 on drift
 *   tsx tools/schema-engine.ts create NAME   writes <migrations>/<timestamp>_<NAME>/migration.sql for each engine that drifted
 *
 * The PostgreSQL engine diffs through a shadow database (it replays the migrations there and
 * compares): a temporary PostgreSQL server is started for it (tools/temporary-postgres.ts), so
 * this stays offline and needs no server of yours.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DiffTarget, MigrationList } from '@prisma/schema-engine-wasm';
import { startTemporaryPostgres } from './temporary-postgres.ts';

const root = resolve(import.meta.dirname, '..');
export const schemaPath = join(root, 'prisma/schema.prisma');
export const migrationsDir = join(root, 'prisma/migrations');

export type EngineName = 'sqlite' | 'postgresql';
/** Where each engine's schema and migrations live. */
export const ENGINES: Record<EngineName, { schemaPath: string; migrationsDir: string }> = {
  sqlite: { schemaPath, migrationsDir },
  postgresql: { schemaPath: join(root, 'prisma/postgresql/schema.prisma'), migrationsDir: join(root, 'prisma/postgresql/migrations') },
};

type Engine = Awaited<ReturnType<typeof import('@prisma/schema-engine-wasm').SchemaEngine.new>>;

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let bindings: Promise<Bindings> | undefined;

/**
 * Node 20 cannot `import` a .wasm module, so the engine is instantiated by hand, once per process:
 * the wasm-bindgen glue caches views of the instance's memory, so swapping in a second instance
 * makes later calls read garbage (a second diff in one process panicked with fragments of SQL).
 */
function wasmBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const module = new WebAssembly.Module(readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
    (bg as unknown as { __wbg_set_wasm(x: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => { throw new Error(m); } };
    return bg;
  })();
  return bindings;
}

async function loadEngine(schemaPath: string, adapter: object): Promise<Engine> {
  const bg = await wasmBindings();
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, readFileSync(schemaPath, 'utf8')]] }, () => {}, adapter);
}

function sqliteAdapter(): object {
  // The engine sends multi-statement scripts through executeRaw, which better-sqlite3's prepare() rejects.
  const inner = new PrismaBetterSqlite3({ url: ':memory:' });
  const shimmed = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => shim(await inner.connect()),
    connectToShadowDb: async () => shim(await inner.connectToShadowDb()),
  };
  return bindMigrationAwareSqlAdapterFactory(shimmed as typeof inner);
}

/** PostgreSQL's one-byte `"char"` type (pg_class.relkind and friends in the catalogs). */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine introspects the catalogs, whose `"char"` columns @prisma/adapter-pg 7.10 does not
 * map (UnsupportedNativeDataType, "Column type 'char' could not be deserialized"). pg already hands
 * their values over as one-character strings, so the columns are relabelled as text: exactly what
 * the native engine reads them as. Only the migration tooling uses this client.
 */
class IntrospectionClient extends pg.Client {
  override query(...args: unknown[]): never {
    const relabel = (r: pg.QueryResult | undefined) => {
      for (const field of r?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      return r;
    };
    // pg-pool's query() passes a callback; a checked-out client (a transaction) awaits the promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') args[last] = (error: unknown, r: pg.QueryResult) => callback(error, relabel(r));
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(relabel) : result) as never;
  }
}

/**
 * The adapter for a PostgreSQL server whose user may create databases: the engine replays the
 * migrations in a shadow database made here. The pools are ours (PrismaPg's own shadow pool has no
 * error listener and is never ended by the engine, so stopping the server crashed the process with
 * "terminating connection"): `close()` ends them all, idle-client errors are expected meanwhile.
 */
function postgresAdapter(url: string): { adapter: object; close(): Promise<void> } {
  const u = new URL(url);
  const pools: pg.Pool[] = [];
  const pool = (database: string) => {
    const p = new pg.Pool({ Client: IntrospectionClient, host: u.hostname, port: Number(u.port), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) || undefined, database });
    p.on('error', () => {}); // the server going away under an idle client; the diff has its answer by then
    pools.push(p);
    return p;
  };
  const main = pool(u.pathname.slice(1) || 'postgres');
  const factory = {
    provider: 'postgres' as const,
    adapterName: '@prisma/adapter-pg',
    connect: () => new PrismaPg(main).connect(),
    connectToShadowDb: async () => {
      const name = `maestro_shadow_${randomUUID().replace(/-/g, '')}`;
      await main.query(`CREATE DATABASE "${name}"`);
      return new PrismaPg(pool(name)).connect();
    },
  };
  return {
    adapter: bindMigrationAwareSqlAdapterFactory(factory as unknown as PrismaPg),
    close: async () => void (await Promise.all(pools.map((p) => p.end().catch(() => {})))),
  };
}

function shim<T extends { executeRaw: Function; executeScript: Function }>(adapter: T): T {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: { sql: string; args: unknown[] }) => {
    if (query.args.length === 0 && query.sql.split(';').filter((s) => s.trim()).length > 1) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

const lockFile = (engine: EngineName) => `# Written by tools/schema-engine.ts\nprovider = "${engine}"\n`;

function migrationList(migrationsDir: string, engine: EngineName): MigrationList {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : lockFile(engine) },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((path) => ({
      path,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: readFileSync(join(migrationsDir, path, 'migration.sql'), 'utf8') } },
    })),
  };
}

/**
 * SQL that takes the database described by an engine's migrations to the one its schema describes;
 * exitCode 0 when they match, 2 on drift. The paths default to this repository's (tests pass a copy).
 * For PostgreSQL, `postgresUrl` names a server to make the shadow database on; without it a
 * temporary one is started and stopped.
 */
export async function diffMigrationsToSchema(
  paths: { engine?: EngineName; schemaPath?: string; migrationsDir?: string; postgresUrl?: string } = {},
): Promise<{ exitCode: number; sql: string }> {
  const engineName = paths.engine ?? 'sqlite';
  const schema = paths.schemaPath ?? ENGINES[engineName].schemaPath;
  const migrations = paths.migrationsDir ?? ENGINES[engineName].migrationsDir;
  const diff = async (adapter: object) => {
    const engine = await loadEngine(schema, adapter);
    const from: DiffTarget = { tag: 'migrations', ...migrationList(migrations, engineName) };
    const to: DiffTarget = { tag: 'schemaDatamodel', files: [{ path: schema, content: readFileSync(schema, 'utf8') }] };
    const result = await engine.diff({ from, to, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } });
    return { exitCode: result.exitCode, sql: result.stdout ?? '' };
  };
  if (engineName === 'sqlite') return diff(sqliteAdapter());
  const server = paths.postgresUrl ? undefined : await startTemporaryPostgres({ maxConnections: 20 });
  const postgres = postgresAdapter(paths.postgresUrl ?? server!.adminUrl);
  try {
    return await diff(postgres.adapter);
  } finally {
    await postgres.close();
    await server?.stop();
  }
}

/** An empty diff still says so in a comment; that is no drift. */
const isEmpty = (sql: string) => sql.trim().replace(/^-- This is an empty migration\.$/m, '').trim() === '';

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command !== 'diff' && !(command === 'create' && name && /^[a-z0-9_]+$/.test(name))) {
    console.error('usage: tsx tools/schema-engine.ts diff | create NAME   (NAME: lowercase letters, digits, _)');
    process.exitCode = 64;
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const engineName of Object.keys(ENGINES) as EngineName[]) {
    const { migrationsDir: dir } = ENGINES[engineName];
    const label = `${dir.slice(root.length + 1)} (${engineName})`;
    const { exitCode, sql } = await diffMigrationsToSchema({ engine: engineName });
    if (command === 'diff') {
      process.stdout.write(exitCode === 0 ? `${label} is in sync with its schema\n` : `-- ${label} drifted; missing:\n${sql}`);
      if (exitCode !== 0) process.exitCode = exitCode;
      continue;
    }
    if (exitCode === 0 || isEmpty(sql)) {
      console.log(`No changes: ${label} already matches its schema.`);
      continue;
    }
    const target = join(dir, `${stamp}_${name}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(dir, 'migration_lock.toml'), lockFile(engineName));
    writeFileSync(join(target, 'migration.sql'), sql);
    console.log(`Created ${target}/migration.sql`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
