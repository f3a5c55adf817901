import { defineConfig } from 'prisma/config';

// Offline: the CLI wants a native schema engine it cannot download; generate/validate/format never use it.
// A stub that FAILS makes `prisma migrate …` fail loudly instead of silently doing nothing (CONTRIBUTING.md, migrations).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= new URL('./tools/no-schema-engine.sh', import.meta.url).pathname;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./dev.db' },
});
