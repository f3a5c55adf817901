/**
 * buildApp(): one HTTP server on one port serving /graphql (POST, GET, SSE, graphql-ws, GraphiQL),
 * the built web UI at /, and /healthz, /readyz, /metrics. `start()` resolves with the bound URL
 * (port 0 picks a free port); `stop()` drains in-flight requests, closes WebSockets with 1001 and
 * closes the database.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { execute, GraphQLError, NoSchemaIntrospectionCustomRule, subscribe } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from './config.ts';
import { createContext, type Context } from './context.ts';
import { documentLimitPlugins } from './document-limits.ts';
import { closeDatabase, isReady, openDatabase } from './db.ts';
import { initEventLog } from './events/log.ts';
import { handleClaudeHook, HOOK_PATH } from './hooks/ingest.ts';
import { startStaleSweeper } from './hooks/stale.ts';
import { startRetention } from './events/retention.ts';
import { logger } from './logger.ts';
import { maskErrors } from './mask-errors.ts';
import { countSubscription, httpRequests, metricsPlugin, openWebSockets, registry } from './metrics.ts';
import { createRunner, type Runner } from './runner/runner.ts';
import { schema } from './schema/index.ts';
import { preparedSelection, spliceInPreparedJson, subscribePrepared, type PreparedSelection } from './schema/event/prepared.ts';
import { configureSpawn } from './services/spawn.ts';
import { setUserSkillsDir } from './skills/scopes.ts';
import { serveStatic } from './static.ts';
import { originAllowed, requestAuthorised, wsAuthorised } from './security.ts';
import { sessionForToken } from './services/sessions.ts';
import { batchSends, watchSlowConsumers } from './slow-consumers.ts';

export type App = {
  start(): Promise<string>;
  stop(): Promise<void>;
  /** The bound base URL (http://host:port) once started. */
  readonly url: string;
  readonly yoga: ReturnType<typeof createYoga<Record<string, unknown>, Context>>;
};

const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
const MAX_WS_FRAME_BYTES = 1024 * 1024;
const STOP_GRACE_MS = 8000;

/** What a graphql-ws operation carries from onSubscribe to its execution: the enveloped functions, and a prepared selection when its document has one. */
type OperationRoot = { execute: typeof execute; subscribe: typeof subscribe; prepared: PreparedSelection | null };

export async function buildApp(config: Config): Promise<App> {
  await openDatabase(config.databaseUrl);
  initEventLog();
  setUserSkillsDir(config.skillsDir);
  configureSpawn({ dataDir: config.dataDir });
  const stopRetention = await startRetention(config.eventRetentionDays);
  const stopStaleSweeper = startStaleSweeper(config.sessionStaleSeconds * 1000);

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => createContext({ request }),
    graphiql: config.graphiql ? { title: 'Maestro GraphiQL', subscriptionsProtocol: 'WS' } : false,
    // The bundled (offline) GraphiQL is ~9 MB of JS: load it on the first page view, not at start-up.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    landingPage: false,
    maskedErrors: { maskError: maskErrors },
    logging: { debug: () => {}, info: () => {}, warn: (...a) => logger.warn(a.join(' ')), error: (...a) => logger.error(a.join(' ')) },
    plugins: [
      metricsPlugin(),
      ...documentLimitPlugins(),
      ...(config.graphiql ? [] : [disableIntrospection()]),
    ],
  });

  const inFlight = new Set<ServerResponse>();
  /** Responses that may be SSE subscriptions (the request accepts text/event-stream): stop() ends them. */
  const eventStreams = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const started = performance.now();
    inFlight.add(res);
    if ((req.headers.accept ?? '').includes('text/event-stream')) eventStreams.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      eventStreams.delete(res);
      const route = routeOf(req.url ?? '/');
      httpRequests.inc({ route, status: String(res.statusCode) });
      if (route !== '/metrics' && route !== '/healthz') {
        logger.info({ method: req.method, path: route, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
      }
    });
    try {
      await handle(req, res);
    } catch (error) {
      logger.error({ err: error }, 'unhandled request error');
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    }
  });
  server.keepAliveTimeout = 5000;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = routeOf(req.url ?? '/');
    if (path === '/healthz') return sendText(res, 200, 'ok\n');
    if (path === '/readyz') return (await isReady()) ? sendText(res, 200, 'ready\n') : sendText(res, 503, 'database not ready\n');
    if (path === '/metrics') {
      res.setHeader('content-type', registry.contentType);
      return res.end(await registry.metrics());
    }
    // Hook ingest calls src/hooks directly (not a resolver); the session token is its auth.
    if (path === HOOK_PATH) return handleClaudeHook(req, res, { maxBodyBytes: config.hookMaxBodyBytes });
    if (path === yoga.graphqlEndpoint) {
      const tooLarge = () =>
        sendJson(res, 413, { errors: [{ message: `Request body over ${config.maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > config.maxBodyBytes) return tooLarge();
      if (req.headers['transfer-encoding'] !== undefined) {
        // A chunked body has no Content-Length to check up front: buffer it up to the limit and hand
        // Yoga the bytes (@whatwg-node/server uses req.body when set instead of re-reading the stream).
        const body = await readBodyUpTo(req, config.maxBodyBytes);
        if (body === null) {
          res.setHeader('connection', 'close');
          return tooLarge();
        }
        (req as IncomingMessage & { body?: Buffer }).body = body;
      }
      const wantsGraphiQL = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
      if (!wantsGraphiQL && !(await authorised(req.headers.authorization))) {
        return sendJson(res, 401, { errors: [{ message: 'Missing or wrong bearer token: send "Authorization: Bearer <token>".', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      return yoga.requestListener(req, res);
    }
    return serveStatic(req, res);
  }

  /** The server token, or (so spawned agents can use the API) any live session's token. */
  async function authorised(header: string | undefined) {
    return requestAuthorised(config, header) || (await isSessionBearer(header));
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_FRAME_BYTES });
  server.on('upgrade', (req, socket, head) => {
    if (routeOf(req.url ?? '/') !== yoga.graphqlEndpoint || !originAllowed(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  wss.on('connection', (ws: WebSocket) => {
    batchSends(ws);
    spliceInPreparedJson(ws);
    openWebSockets.inc();
    ws.once('close', () => openWebSockets.dec());
  });

  const graphqlWs = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      onConnect: async (ctx) =>
        wsAuthorised(config, ctx.connectionParams, ctx.extra.request.headers.authorization) ||
        (await isSessionBearer(ctx.connectionParams?.['authorization'] ?? ctx.extra.request.headers.authorization)),
      onSubscribe: async (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} operations per connection.`)];
        }
        const { schema, execute, subscribe, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.request.socket,
          params: payload,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length) return errors;
        } catch (error) {
          // Syntax errors and the document limits (src/document-limits.ts) throw: they answer this
          // operation with an error message rather than failing the whole connection (4500).
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const root: OperationRoot = { execute, subscribe, prepared: preparedSelection(document, payload.operationName) };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext({ connectionParams: ctx.connectionParams }),
          rootValue: root,
        };
      },
      execute: (args) => (args.rootValue as OperationRoot).execute(args),
      subscribe: (args) => {
        const root = args.rootValue as OperationRoot;
        if (!root.prepared) return root.subscribe(args);
        // Envelop's plugins do not see a prepared subscription: count it as the metrics plugin would.
        countSubscription(args.document, args.operationName);
        return subscribePrepared(args, root.prepared, () => root.subscribe(args));
      },
    },
    wss,
  );
  const stopSlowWatch = watchSlowConsumers(wss);

  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  let url = '';
  let stopped = false;
  let runner: Runner | null = null;

  return {
    yoga,
    get url() {
      return url;
    },
    start: () =>
      new Promise<string>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          url = `http://${host}:${port}`;
          configureSpawn({ serverUrl: url });
          if (config.runner) {
            // The local runner talks to this server like any client (src/runner uses src/client only).
            runner = createRunner({
              serverUrl: url,
              token: config.authToken,
              agentCommand: config.agentCommand,
              leaseMs: config.runnerLeaseMs,
              dataDir: config.dataDir,
              log: (level, message, data) => logger[level]({ ...data, component: 'runner' }, message),
            });
            void runner.start().catch((error) => logger.error({ err: error }, 'runner failed to start'));
          }
          resolve(url);
        });
      }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await runner?.stop();
      stopRetention();
      stopStaleSweeper();
      stopSlowWatch();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await graphqlWs.dispose(); // closes every socket with 1001 Going away
      // SSE subscriptions never finish by themselves: end them now, as the sockets above, instead of
      // waiting out the grace period for them. Their clients resume from their last cursor.
      for (const res of eventStreams) res.end();
      const deadline = Date.now() + STOP_GRACE_MS;
      while (inFlight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const socket of sockets) socket.destroy();
      await closed;
      await yoga.dispose();
      await closeDatabase();
    },
  };
}

/** The whole request body, or null (and the rest left unread) once it passes `limit` bytes. */
async function readBodyUpTo(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.pause();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function isSessionBearer(header: unknown): Promise<boolean> {
  if (typeof header !== 'string') return false;
  return (await sessionForToken(header.replace(/^Bearer\s+/i, ''))) !== null;
}

function routeOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

function sendText(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function disableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
