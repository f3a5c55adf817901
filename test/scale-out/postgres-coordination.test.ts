/**
 * How instances on one PostgreSQL database coordinate, on a real server: the LISTEN wake-up
 * (src/store/postgres-listener.ts) and the leader lock for background jobs
 * (src/store/postgres-leader.ts), including losing their connections.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EVENTS_CHANNEL, PostgresEventListener } from '../../src/store/postgres-listener.ts';
import { PostgresLeadership } from '../../src/store/postgres-leader.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { waitFor } from '../server/support.ts';

const postgres = usePostgres();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((f) => f()));
});

async function listener(head: () => number) {
  const seen: number[] = [];
  const l = new PostgresEventListener({ connectionString: postgres.url, onAdvance: (seq) => seen.push(seq), head: async () => head() });
  await l.start();
  cleanups.push(() => l.stop());
  return { l, seen };
}

async function leadership() {
  const l = new PostgresLeadership(postgres.url, { retryMs: 50 });
  await l.start();
  cleanups.push(() => l.stop());
  return l;
}

describe('PostgresEventListener', () => {
  it('should announce the head on start and each seq notified by a committed transaction, never a rolled-back one', async () => {
    const { seen } = await listener(() => 7);
    expect(seen).toEqual([7]);
    const writer = postgres.pool(postgres.url, { max: 1 });
    const client = await writer.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, '8']);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, '9']);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    // Notifications of one session arrive in commit order: once 9 is here, 8 would have been first.
    await waitFor(() => seen.includes(9));
    expect(seen).toEqual([7, 9]);
  });

  it('should reconnect after losing its connection and announce what was committed meanwhile', async () => {
    let head = 3;
    const { l, seen } = await listener(() => head);
    const admin = postgres.pool(postgres.url, { max: 1 });
    const pid = l.backendPid;
    expect(pid).not.toBeNull();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    head = 11; // committed while the listener was away: no notification reaches it
    await waitFor(() => l.connections === 2);
    expect(l.backendPid).not.toBe(pid);
    expect(seen).toEqual([3, 11]);
    await admin.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, '12']);
    await waitFor(() => seen.includes(12));
  });
});

describe('PostgresLeadership', () => {
  it('should make exactly one of three instances the leader, and run jobs only there', async () => {
    const instances = [await leadership(), await leadership(), await leadership()];
    expect(instances.filter((l) => l.isLeader)).toHaveLength(1);
    const ran = await Promise.all(instances.map((l, i) => l.runExclusive(async () => i)));
    expect(ran.filter((r) => r !== undefined)).toEqual([instances.findIndex((l) => l.isLeader)]);
  });

  it('should hand leadership to another instance when the leader stops or loses its connection', async () => {
    const instances = [await leadership(), await leadership(), await leadership()];
    const first = instances.find((l) => l.isLeader)!;
    await first.stop();
    await waitFor(() => instances.filter((l) => l !== first && l.isLeader).length === 1);
    const second = instances.find((l) => l.isLeader)!;

    const admin = postgres.pool(postgres.url, { max: 1 });
    const cut = second.backendPid;
    await admin.query('SELECT pg_terminate_backend($1)', [cut]);
    // The server released the lock with the connection: one leader again, on a live connection
    // (the third, or the second reconnected, whichever tried first).
    await waitFor(() => {
      const leaders = instances.filter((l) => l.isLeader);
      return leaders.length === 1 && leaders[0]!.backendPid !== cut;
    });
    const ran = await Promise.all(instances.map((l) => l.runExclusive(async () => l)));
    expect(ran.filter((r) => r !== undefined)).toEqual([instances.find((l) => l.isLeader)]);
  });
});
