/**
 * Operation names are chosen by clients and become metric labels: a client sending ever new names
 * must not grow /metrics without bound. Past MAX_OPERATION_LABELS distinct names, new ones count as
 * "other"; names seen before keep their own series.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATION_LABELS } from '../../src/metrics.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

async function operationLabels(): Promise<Map<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/^maestro_graphql_operations_total\{operation="([^"]*)",type="query",outcome="ok"\} (\d+)$/gm)) {
    counts.set(m[1]!, Number(m[2]));
  }
  return counts;
}

describe('operation names as metric labels', () => {
  it('should keep at most MAX_OPERATION_LABELS names and count the rest as "other"', async () => {
    expect((await executeRaw(server, 'query Known { __typename }')).body.data.__typename).toBe('Query');
    const extra = MAX_OPERATION_LABELS + 100;
    for (let i = 0; i < extra; i += 25) {
      await Promise.all(Array.from({ length: 25 }, (_, j) => executeRaw(server, `query Flood${i + j} { __typename }`)));
    }
    expect((await executeRaw(server, 'query Known { __typename }')).body.data.__typename).toBe('Query');
    const labels = await operationLabels();
    expect(labels.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 1);
    expect(labels.get('Known')).toBe(2);
    const flood = [...labels].filter(([name]) => name.startsWith('Flood')).reduce((sum, [, n]) => sum + n, 0);
    expect(flood + (labels.get('other') ?? 0)).toBe(extra);
    expect(labels.get('other')).toBeGreaterThanOrEqual(extra - MAX_OPERATION_LABELS);
  }, 120_000);
});
