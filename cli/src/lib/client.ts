/** Where and how commands reach the server: --server / MAESTRO_SERVER_URL, --token / MAESTRO_TOKEN. */
import { graphqlEndpoint, request, type RequestOptions, type TypedDocument } from '../../../src/client/request.ts';
import { UsageError } from './errors.ts';

export const DEFAULT_SERVER = 'http://127.0.0.1:4000';

export type ConnectionArgs = { server?: string; token?: string };

export function connection(args: ConnectionArgs): RequestOptions {
  const server = args.server || process.env.MAESTRO_SERVER_URL || DEFAULT_SERVER;
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new UsageError(`--server must be an http(s) URL such as ${DEFAULT_SERVER} (got "${server}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--server must be an http(s) URL such as ${DEFAULT_SERVER} (got "${server}").`);
  }
  const timeout = Number(process.env.MAESTRO_TIMEOUT_MS);
  return {
    server,
    token: args.token || process.env.MAESTRO_TOKEN || null,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 30_000,
  };
}

/** Runs one typed operation against the server named by the arguments. */
export function execute<TResult, TVariables>(
  args: ConnectionArgs,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return request(connection(args), document, variables);
}

/** The graphql-ws URL for a server URL: http→ws, https→wss, plus /graphql. */
export function websocketUrl(server: string): string {
  return graphqlEndpoint(server).replace(/^http/, 'ws');
}
