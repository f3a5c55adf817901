/**
 * buildApp(): one HTTP server on one port serving /graphql (POST, GET, SSE, graphql-ws, GraphiQL),
 * the built web UI at /, and /healthz, /readyz, /metrics. `start()` resolves with the bound URL
 * (port 0 picks a free port); `stop()` drains in-flight requests, closes WebSockets with 1001 and
 * closes the database.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { execute, GraphQLError, NoSchemaIntrospectionCustomRule, subscribe } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from './config.ts';
import { contextFor, createContext, credentialsOf, type AppParts, type Context } from './context.ts';
import { isRefusal, resolveViewer, type Viewer } from './auth/viewer.ts';
import { compiledExecutionPlugin } from './compiled-execution.ts';
import { documentLimitPlugins } from './document-limits.ts';
import { openStore } from './store/index.ts';
import { handleClaudeHook, HOOK_PATH } from './hooks/ingest.ts';
import { startStaleSweeper } from './hooks/stale.ts';
import { startRetention } from './events/retention.ts';
import { internalHeaders, isInternalRequest } from './internal-traffic.ts';
import { logger } from './logger.ts';
import { maskErrors } from './mask-errors.ts';
import { countSubscription, httpRequests, metricsPlugin, openWebSockets, registry } from './metrics.ts';
import { createRunner, type Runner } from './runner/runner.ts';
import { schema } from './schema/index.ts';
import { preparedSelection, spliceInPreparedJson, subscribePrepared, type PreparedSelection } from './schema/event/prepared.ts';
import type { SpawnSettings } from './services/spawn.ts';
import { serveStatic } from './static.ts';
import { metricsAuthorised } from './security.ts';
import { graphqlBodyRefusal, guardPolicy, refusal, type Refusal } from './http/guard.ts';
import { corsOptions } from './http/cors.ts';
import { noSuggestionsPlugin } from './no-suggestions.ts';
import { batchSends, watchSlowConsumers, WS_KEEPALIVE_MS } from './slow-consumers.ts';

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
/** Liveness only: answered on any Host (load balancers and probes use an address or a name of their own). */
const OPEN_PATHS = new Set(['/healthz']);

/** What a graphql-ws operation carries from onSubscribe to its execution: the enveloped functions, and a prepared selection when its document has one. */
type OperationRoot = { execute: typeof execute; subscribe: typeof subscribe; prepared: PreparedSelection | null };

export async function buildApp(config: Config): Promise<App> {
  // The store: migrations applied, the log's epoch created, Prisma connected (src/store).
  const store = await openStore(config.databaseUrl);
  // This app's own: its serverUrl is filled in once the server listens (start()).
  const spawn: SpawnSettings = {
    dataDir: config.dataDir,
    serverUrl: '',
    agents: config.agents,
    userSkillsDir: resolve(config.skillsDir),
    hostDeadMs: config.runnerHostDeadMs,
  };
  const parts: AppParts = { store, spawn };
  const stopRetention = await startRetention(store, config.eventRetentionDays);
  const stopStaleSweeper = startStaleSweeper(store, config.sessionStaleSeconds * 1000);

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    // handle() resolved the viewer of every request it lets through; the fallback covers yoga.fetch.
    context: ({ request, req }: { request: Request; req?: IncomingMessage }) => {
      const viewer = req && viewers.get(req);
      return viewer ? contextFor(parts, viewer) : createContext(parts, config.authToken, { request });
    },
    graphiql: config.graphiql ? { title: 'Maestro GraphiQL', subscriptionsProtocol: 'WS' } : false,
    // The bundled (offline) GraphiQL is ~9 MB of JS: load it on the first page view, not at start-up.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    landingPage: false,
    // No CORS answer at all unless --cors-origin lists origins (src/http/cors.ts); never a reflected one.
    cors: corsOptions(config.corsOrigins),
    // JSON bodies only (src/http/guard.ts refuses the rest with 415 first); no file uploads.
    multipart: false,
    maskedErrors: { maskError: maskErrors },
    logging: { debug: () => {}, info: () => {}, warn: (...a) => logger.warn(a.join(' ')), error: (...a) => logger.error(a.join(' ')) },
    plugins: [
      compiledExecutionPlugin(),
      metricsPlugin(),
      ...documentLimitPlugins(),
      // With introspection off, "Did you mean …?" would hand out the schema one name at a time.
      ...(config.graphiql ? [] : [disableIntrospection(), noSuggestionsPlugin()]),
    ],
  });

  const policy = guardPolicy(config);
  /** The viewer handle() resolved for each request it passes to Yoga (read by the context factory). */
  const viewers = new WeakMap<IncomingMessage, Viewer>();
  const inFlight = new Set<ServerResponse>();
  /** Responses that may be SSE subscriptions (the request accepts text/event-stream): stop() ends them. */
  const eventStreams = new Set<ServerResponse>();
  const server = createServer({
    // A slow (or stalled) request is answered 408 and its connection dropped; Node checks these
    // deadlines every connectionsCheckingInterval (30 s by default, too coarse for short ones).
    requestTimeout: config.requestTimeoutMs,
    headersTimeout: config.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, Math.ceil(config.requestTimeoutMs / 4)),
  }, async (req, res) => {
    const started = performance.now();
    inFlight.add(res);
    if ((req.headers.accept ?? '').includes('text/event-stream')) eventStreams.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      eventStreams.delete(res);
      const route = routeOf(req.url ?? '/');
      // Closed before an answer: Node dropped a request past its timeout with 408, or the client left.
      const status = res.headersSent ? res.statusCode : req.complete ? 499 : 408;
      httpRequests.inc({ route, status: String(status) });
      if (route !== '/metrics' && route !== '/healthz') {
        const level = isInternalRequest(req) ? 'debug' : 'info';
        logger[level]({ method: req.method, path: route, status, ms: Math.round(performance.now() - started) }, 'request');
      }
    });
    try {
      await handle(req, res);
    } catch (error) {
      // A body cut off (request timeout, client gone) is the client's doing, not a server fault.
      if (req.destroyed && !req.complete) return void logger.debug({ err: error }, 'request body cut off');
      logger.error({ err: error }, 'unhandled request error');
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    }
  });
  server.keepAliveTimeout = 5000;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const refused = refusal(policy, req, OPEN_PATHS);
    if (refused) return sendRefusal(res, refused);
    const path = routeOf(req.url ?? '/');
    if (path === '/healthz') return sendText(res, 200, 'ok\n');
    if (path === '/readyz') return (await store.isReady()) ? sendText(res, 200, 'ready\n') : sendText(res, 503, 'database not ready\n');
    if (path === '/metrics') {
      if (!metricsAuthorised(config, req.headers.authorization)) {
        return sendJson(res, 401, { errors: [{ message: 'Missing or wrong bearer token for /metrics: send "Authorization: Bearer <token>".', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      res.setHeader('content-type', registry.contentType);
      return res.end(await registry.metrics());
    }
    // Hook ingest calls src/hooks directly (not a resolver); the session token is its auth.
    if (path === HOOK_PATH) return handleClaudeHook(store, req, res, { maxBodyBytes: config.hookMaxBodyBytes });
    if (path === yoga.graphqlEndpoint) {
      const badBody = graphqlBodyRefusal(req);
      if (badBody) return sendRefusal(res, badBody);
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
      const viewer = await resolveViewer(store, config.authToken, credentialsOf({ nodeHeaders: req.headers }));
      if (isRefusal(viewer)) {
        // Only the GraphiQL page itself is served without a token (Yoga renders it for any GET that
        // accepts HTML while GraphiQL is on, and executes nothing). With GraphiQL off such a GET is
        // an ordinary operation and needs a viewer like every other.
        const graphiqlPage = config.graphiql && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
        // A CORS preflight never carries credentials; Yoga answers it (--cors-origin) and runs nothing.
        const preflight = req.method === 'OPTIONS';
        if (!graphiqlPage && !preflight) return sendJson(res, 401, { errors: [{ message: viewer.refused, extensions: { code: 'UNAUTHENTICATED' } }] });
      } else {
        viewers.set(req, viewer);
      }
      return yoga.requestListener(req, res);
    }
    return serveStatic(req, res);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_FRAME_BYTES });
  server.on('upgrade', (req, socket, head) => {
    // Refused before the handshake, with the same Host/Origin rules as HTTP: the page gets no socket.
    const refused = refusal(policy, req);
    if (refused || routeOf(req.url ?? '/') !== yoga.graphqlEndpoint) {
      const status = refused?.status ?? 403;
      socket.end(`HTTP/1.1 ${status} ${status === 400 ? 'Bad Request' : 'Forbidden'}\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n\r\n${refused?.message ?? 'WebSockets are served on /graphql only.'}\n`);
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
      // The same credentials as every operation: connection params first, then the upgrade headers.
      onConnect: async (ctx) =>
        !isRefusal(await resolveViewer(store, config.authToken, credentialsOf({ connectionParams: ctx.connectionParams, nodeHeaders: ctx.extra.request.headers }))),
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
          if (errors.length) return errors.map(withoutHttpExtension);
        } catch (error) {
          // Syntax errors and the document limits (src/document-limits.ts) throw: they answer this
          // operation with an error message rather than failing the whole connection (4500).
          if (error instanceof GraphQLError) return [withoutHttpExtension(error)];
          throw error;
        }
        // Resolved again per operation: a session that ended since the connection opened is refused.
        let contextValue: Context;
        try {
          contextValue = await createContext(parts, config.authToken, { connectionParams: ctx.connectionParams, nodeHeaders: ctx.extra.request.headers });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const root: OperationRoot = { execute, subscribe, prepared: preparedSelection(document, payload.operationName) };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
          rootValue: root,
        };
      },
      execute: async (args) => {
        const result = await (args.rootValue as OperationRoot).execute(args);
        return 'errors' in result && result.errors ? { ...result, errors: result.errors.map(withoutHttpExtension) } : result;
      },
      subscribe: (args) => {
        const root = args.rootValue as OperationRoot;
        if (!root.prepared) return root.subscribe(args);
        // Envelop's plugins do not see a prepared subscription: count it as the metrics plugin would.
        countSubscription(args.document, args.operationName);
        return subscribePrepared(args, root.prepared, () => root.subscribe(args));
      },
    },
    wss,
    WS_KEEPALIVE_MS,
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
          // Agents and the runner on this machine reach a wildcard bind over loopback (a Host the guard accepts).
          const localUrl = config.host === '0.0.0.0' ? `http://127.0.0.1:${port}` : config.host === '::' ? `http://[::1]:${port}` : url;
          spawn.serverUrl = localUrl;
          if (config.runner) {
            // The local runner talks to this server like any client (src/runner uses src/client only).
            runner = createRunner({
              serverUrl: localUrl,
              token: config.authToken,
              leaseMs: config.runnerLeaseMs,
              dataDir: config.dataDir,
              headers: internalHeaders(),
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
      await store.close();
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

function routeOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

function sendText(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

function sendRefusal(res: ServerResponse, refused: Refusal) {
  sendJson(res, refused.status, { errors: [{ message: refused.message, extensions: { code: refused.code } }] });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * extensions.http tells Yoga which HTTP status to answer (src/document-limits.ts); Yoga removes it
 * from HTTP responses, graphql-ws would send it as is. A copy, since validation results are cached.
 */
function withoutHttpExtension(error: GraphQLError): GraphQLError {
  if (error.extensions['http'] === undefined) return error;
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions });
}

function disableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
