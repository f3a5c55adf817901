/**
 * The server's loader (src/boot.ts): a start writes V8's code cache of the server bundle beside it
 * once listening, and a cache V8 refuses (here: not a code cache at all, as after a Node upgrade)
 * does not stop a start: the server answers and the cache is written again.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_BUNDLE, startServer, stopAllServers } from '../helpers/server.ts';
import { waitFor } from '../events/helpers.ts';

afterAll(() => stopAllServers());

const DIST = join(SERVER_BUNDLE, '..');
const cacheFiles = () => readdirSync(DIST).filter((f) => /^server-app\.[0-9a-f]{16}\.v8cache$/.test(f));

async function answers(url: string): Promise<boolean> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
  return res.status === 200 && ((await res.json()) as { data?: { __typename?: string } }).data?.__typename === 'Query';
}

describe('server loader (V8 code cache)', () => {
  it('should write the cache once listening, and start past one V8 refuses, writing it again', async () => {
    for (const file of cacheFiles()) rmSync(join(DIST, file), { force: true });
    const first = await startServer();
    await waitFor(() => cacheFiles().length === 1, 20_000, () => `cache files: ${cacheFiles().join(', ')}`);
    const cache = join(DIST, cacheFiles()[0]!);
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
    await first.stop();

    writeFileSync(cache, 'not a V8 code cache');
    const second = await startServer();
    expect(await answers(second.url)).toBe(true);
    await waitFor(() => readFileSync(cache).length > 100_000, 20_000, () => `cache is ${readFileSync(cache).length} bytes`);
  });
});
