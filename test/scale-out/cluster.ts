/**
 * Several Maestro instances on one real PostgreSQL database, as an operator scales out: each a
 * child process (startServer, DATABASE_URL pointing at the shared database), with a round-robin
 * TCP balancer in front (so a client that reconnects lands on another instance), and the log read
 * straight from the database to compare every client against.
 */
import net from 'node:net';
import pg from 'pg';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

export const ScaleCreateSubtask = graphql(`
  mutation ScaleCreateSubtask($input: CreateSubtaskInput!) {
    createSubtask(input: $input) {
      __typename
      ... on CreateSubtaskPayload { subtask { id position version } }
      ... on Error { message }
    }
  }
`);

export const ScaleCompleteSubtask = graphql(`
  mutation ScaleCompleteSubtask($input: CompleteSubtaskInput!) {
    completeSubtask(input: $input) {
      __typename
      ... on CompleteSubtaskPayload { subtask { id done version } }
      ... on ConflictError { currentVersion }
      ... on Error { message }
    }
  }
`);

/** Creates a subtask and returns its global ID and version; throws if the server refused. */
export async function createSubtask(server: { graphqlUrl: string }, taskId: string, title: string) {
  const r = await execute(server, ScaleCreateSubtask, { input: { taskId, title } });
  const result = r.data?.createSubtask;
  if (result?.__typename !== 'CreateSubtaskPayload') throw new Error(`createSubtask failed: ${JSON.stringify(r)}`);
  return result.subtask;
}

export type Cluster = {
  servers: TestServer[];
  databaseUrl: string;
  /** Seqs of the log after `after`, oldest first, optionally with a condition on the Event row. */
  seqs(after?: number, where?: string, params?: unknown[]): Promise<number[]>;
  close(): Promise<void>;
};

/** Starts `instances` servers on `databaseUrl` (with extra `args` and environment). */
export async function startCluster(databaseUrl: string, instances = 3, options: { args?: string[]; env?: Record<string, string> } = {}): Promise<Cluster> {
  const servers: TestServer[] = [];
  // Started at once: the instances must also cope with migrating the same fresh database together.
  servers.push(...(await Promise.all(Array.from({ length: instances }, () => startServer({ args: ['--no-runner', ...(options.args ?? [])], env: { ...options.env, DATABASE_URL: databaseUrl } })))));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => {});
  return {
    servers,
    databaseUrl,
    async seqs(after = 0, where = 'TRUE', params: unknown[] = []) {
      const { rows } = await pool.query<{ seq: string }>(`SELECT "seq" FROM "Event" WHERE "seq" > $1 AND (${where}) ORDER BY "seq"`, [after, ...params]);
      return rows.map((r) => Number(r.seq)); // int8 arrives as text
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * A round-robin TCP load balancer on loopback: each new connection goes to the next instance that
 * accepts it (a dead one is skipped), as a load balancer with health checks would.
 */
export async function startBalancer(ports: number[]) {
  let next = 0;
  const down = new Set<number>();
  const pairs = new Set<{ port: number; client: net.Socket; upstream: net.Socket }>();
  const server = net.createServer((client) => {
    client.pause();
    client.on('error', () => client.destroy());
    const attempt = (tries: number) => {
      const candidates = ports.filter((p) => !down.has(p));
      if (tries >= candidates.length) return void client.destroy();
      const port = candidates[next++ % candidates.length]!;
      const upstream = net.connect(port, '127.0.0.1');
      let connected = false;
      upstream.on('error', () => {
        if (!connected) attempt(tries + 1); // refused: that instance is down, try the next
        else client.destroy();
      });
      upstream.once('connect', () => {
        connected = true;
        const pair = { port, client, upstream };
        pairs.add(pair);
        const end = () => {
          pairs.delete(pair);
          client.destroy();
          upstream.destroy();
        };
        upstream.on('close', end);
        client.on('close', end);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    attempt(0);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    /** Connections currently proxied to the instance on `target`. */
    openTo: (target: number) => [...pairs].filter((p) => p.port === target).length,
    /** Takes an instance out of rotation (or back) and, when out, cuts its connections: its clients reconnect elsewhere. */
    drain(target: number, out = true) {
      if (!out) return void down.delete(target);
      down.add(target);
      for (const pair of pairs) if (pair.port === target) pair.client.destroy();
    },
    close() {
      for (const pair of pairs) pair.client.destroy();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
