/** Reads a GraphQL-over-SSE response (distinct connections mode) message by message. */

export type SseMessage = { type: string | undefined; data: string | undefined };

/** Each `event:`/`data:` message of an SSE body, in order, until the stream ends. */
export async function* sseMessages(body: unknown): AsyncGenerator<SseMessage> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      yield { type: /^event: (\w+)/m.exec(message)?.[1], data: /^data: (.*)$/m.exec(message)?.[1] };
    }
  }
}
