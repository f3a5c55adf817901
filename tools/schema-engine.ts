/**
 * Offline migration tooling built on Prisma's WebAssembly schema engine (the Prisma CLI's
 * `migrate` commands need a native engine that cannot be downloaded here; see CONTRIBUTING.md, migrations).
 *
 *   tsx tools/schema-engine.ts diff          exit 0 when prisma/migrations matches schema.prisma, 2 on drift
 *   tsx tools/schema-engine.ts create NAME   writes prisma/migrations/<timestamp>_<NAME>/migration.sql
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DiffTarget, MigrationList } from '@prisma/schema-engine-wasm';

const root = resolve(import.meta.dirname, '..');
export const schemaPath = join(root, 'prisma/schema.prisma');
export const migrationsDir = join(root, 'prisma/migrations');

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

async function loadEngine(schemaPath: string): Promise<Engine> {
  const bg = await wasmBindings();

  // The engine sends multi-statement scripts through executeRaw, which better-sqlite3's prepare() rejects.
  const inner = new PrismaBetterSqlite3({ url: ':memory:' });
  const shimmed = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => shim(await inner.connect()),
    connectToShadowDb: async () => shim(await inner.connectToShadowDb()),
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(shimmed as typeof inner);
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, readFileSync(schemaPath, 'utf8')]] }, () => {}, adapter);
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

function migrationList(migrationsDir: string): MigrationList {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((path) => ({
      path,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: readFileSync(join(migrationsDir, path, 'migration.sql'), 'utf8') } },
    })),
  };
}

/**
 * SQL that takes the database described by prisma/migrations to the one schema.prisma describes;
 * exitCode 0 when they match, 2 on drift. The paths default to this repository's (tests pass a copy).
 */
export async function diffMigrationsToSchema(
  paths: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<{ exitCode: number; sql: string }> {
  const schema = paths.schemaPath ?? schemaPath;
  const engine = await loadEngine(schema);
  const from: DiffTarget = { tag: 'migrations', ...migrationList(paths.migrationsDir ?? migrationsDir) };
  const to: DiffTarget = { tag: 'schemaDatamodel', files: [{ path: schema, content: readFileSync(schema, 'utf8') }] };
  const result = await engine.diff({ from, to, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } });
  return { exitCode: result.exitCode, sql: result.stdout ?? '' };
}

async function main() {
  const [command, name] = process.argv.slice(2);
  const { exitCode, sql } = await diffMigrationsToSchema();
  if (command === 'diff') {
    process.stdout.write(exitCode === 0 ? 'prisma/migrations is in sync with prisma/schema.prisma\n' : sql);
    process.exitCode = exitCode;
    return;
  }
  if (command === 'create' && name && /^[a-z0-9_]+$/.test(name)) {
    if (exitCode === 0) return void console.log('No changes: prisma/migrations already matches schema.prisma.');
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(migrationsDir, 'migration_lock.toml'), '# Written by tools/schema-engine.ts\nprovider = "sqlite"\n');
    writeFileSync(join(dir, 'migration.sql'), sql);
    return void console.log(`Created ${dir}/migration.sql`);
  }
  console.error('usage: tsx tools/schema-engine.ts diff | create NAME   (NAME: lowercase letters, digits, _)');
  process.exitCode = 64;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
