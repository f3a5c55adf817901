/** A raw WebSocket upgrade, for tests of who may open a socket (Host, Origin, paths). */
import WebSocket from 'ws';

export type UpgradeOutcome = { opened: true } | { opened: false; status: number };

/** Opens a WebSocket upgrade with these headers and reports whether it was accepted or the HTTP status it got. */
export function tryUpgrade(url: string, headers: Record<string, string>, protocols = 'graphql-transport-ws'): Promise<UpgradeOutcome> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols, { headers });
    ws.once('open', () => {
      ws.close();
      resolve({ opened: true });
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve({ opened: false, status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}
