/**
 * The one urql client of the web UI. Queries and mutations go over HTTP (fetchExchange);
 * subscriptions go over graphql-ws on the same origin and path (/graphql). The live activity feed
 * does not use this exchange: it uses the shared stream client (src/client/event-stream.ts), which
 * adds cursor tracking, dedupe and reconnect on top of graphql-ws.
 */
import { createClient as createWsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

export const GRAPHQL_PATH = '/graphql';

/** ws(s)://<this origin>/graphql, so the UI works behind the server and behind `vite dev`'s proxy. */
export function graphqlWsUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}${GRAPHQL_PATH}`;
}

// Lazy by default: no socket is opened until a subscription starts.
const wsClient = createWsClient({ url: graphqlWsUrl() });

export const client = new Client({
  url: GRAPHQL_PATH,
  exchanges: [
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query ?? '' };
        return {
          subscribe(sink) {
            const unsubscribe = wsClient.subscribe(input, sink);
            return { unsubscribe };
          },
        };
      },
    }),
  ],
});
