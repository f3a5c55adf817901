/**
 * A fake Anthropic Messages API for running the real Claude Code CLI offline.
 *
 * Claude Code (2.1.332, pinned) only calls `POST /v1/messages?beta=true` with `stream: true`; every
 * other path is answered `200 {}`. A reply is a Server-Sent-Events stream framed as the real API
 * frames it: `message_start` → `ping` → per content block `content_block_start` / `content_block_delta`
 * / `content_block_stop` → `message_delta` (stop_reason) → `message_stop`, each frame an `event:` line
 * plus a `data:` JSON whose `type` repeats the event name.
 *
 * Several scenarios share one fake (one per test file, whose URL the server's agents inherit): each
 * is registered under a tag — a string its session's prompt contains (a task title, a marker) — and a
 * request is answered from the scenario whose tag appears in its first user message, the prompt. Not
 * anywhere in the conversation: later messages carry tool output, which names other scenarios' tags
 * when one session reads about another (an orchestrator lists the task it hands to a worker).
 *
 * Replies are scripted per scenario as a list of turns and chosen by conversation state — the number
 * of assistant messages already in the request — never by a request counter: the CLI retries failed
 * requests (a 400 is asked for several times) and may add turns of its own, and a reply picked from
 * the conversation stays the same for the same conversation.
 *
 * Every tool_result the CLI sends back is recorded (once per tool_use_id), so a test can assert that
 * no tool call was refused or failed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ToolCall = { name: string; input: Record<string, unknown> };

/** What the conversation looks like when a reply is chosen. */
export type Conversation = {
  /** Assistant messages so far: the index of the turn to play. */
  turn: number;
  /** From the `Primary working directory:` line of the system prompt (Write needs absolute paths). */
  projectDir: string | null;
  /** The text of the last tool_result in the request, if its last message carries one. */
  lastToolResult: string | null;
  /** Every tool_result of the request, in order. */
  toolResults: ToolResult[];
};

export type Reply =
  | { text?: string; tools?: ToolCall[] }
  /** The API refuses the request: Claude Code retries, then gives up with `API Error: <status> <message>`. */
  | { error: { status: number; type: string; message: string } }
  /** Start the stream and never finish it (until the client goes away or the fake closes). */
  | { hang: true };

/**
 * One scripted turn: a fixed reply, or one computed from the conversation (e.g. IDs printed by an
 * earlier tool). A computed reply may be a promise: the request is held until it settles, as a model
 * that takes its time (an orchestrator that answers once its worker has finished).
 */
export type Turn = Reply | ((conversation: Conversation) => Reply | Promise<Reply>);

export type ToolResult = { toolUseId: string; isError: boolean; text: string };

export type Scenario = {
  tag: string;
  /** Message requests received (retries included). */
  requests: { model: string; turn: number; sessionHeader: string | null }[];
  /** Distinct tool results the CLI sent back, in the order first seen. */
  toolResults: ToolResult[];
  /** Tool calls the fake sent, in order (one per tool_use id). */
  toolCalls: (ToolCall & { id: string })[];
  /** Resolves when a request for turn `turn` is being held open by a `hang` reply. */
  hanging(turn: number): Promise<void>;
};

export type FakeAnthropic = {
  url: string;
  /** Registers a script, played to conversations whose prompt (first user message) contains `tag`. */
  scenario(tag: string, script: Turn[]): Scenario;
  /** Requests that matched no scenario (answered with an error, so a test fails visibly). */
  unmatched: string[];
  close(): Promise<void>;
};

/** After the script runs out, the agent ends its turn with this text. */
const DEFAULT_END = 'Done.';

type Block = { type: string; text?: string; content?: unknown; tool_use_id?: string; is_error?: boolean };
type Message = { role: string; content: string | Block[] };

const textOf = (content: unknown): string => {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((b) => (b && typeof b === 'object' && 'text' in b ? String((b as { text: unknown }).text) : '')).join('');
  return '';
};

function conversationOf(body: { system?: unknown; messages?: Message[] }): Conversation & { prompt: string } {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  // The working directory line sits in the system prompt, or (2.1.33x) in a role "system" message.
  const text = messages.map((m) => textOf(m.content)).join('\n');
  const everywhere = `${textOf(body.system)}\n${text}`;
  const projectDir = /Primary working directory: (\S+)/.exec(everywhere)?.[1] ?? null;
  const toolResults: ToolResult[] = [];
  for (const m of messages) {
    if (!Array.isArray(m.content)) continue;
    for (const b of m.content) {
      if (b.type === 'tool_result') toolResults.push({ toolUseId: String(b.tool_use_id), isError: b.is_error === true, text: textOf(b.content) });
    }
  }
  const last = messages.at(-1);
  const lastResults = last && Array.isArray(last.content) ? last.content.filter((b) => b.type === 'tool_result') : [];
  return {
    prompt: textOf(messages.find((m) => m.role === 'user')?.content),
    turn: messages.filter((m) => m.role === 'assistant').length,
    projectDir,
    lastToolResult: lastResults.length ? textOf(lastResults.at(-1)!.content) : null,
    toolResults,
  };
}

const frame = (res: ServerResponse, event: string, data: Record<string, unknown>) => res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`);

function startMessage(res: ServerResponse, model: string, id: string) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  frame(res, 'message_start', {
    message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } },
  });
  frame(res, 'ping', {});
}

function streamReply(res: ServerResponse, model: string, turn: number, reply: { text?: string; tools?: ToolCall[] }, toolIds: string[]) {
  startMessage(res, model, `msg_fake_${turn}`);
  let index = 0;
  if (reply.text) {
    frame(res, 'content_block_start', { index, content_block: { type: 'text', text: '' } });
    frame(res, 'content_block_delta', { index, delta: { type: 'text_delta', text: reply.text } });
    frame(res, 'content_block_stop', { index });
    index++;
  }
  for (const [k, call] of (reply.tools ?? []).entries()) {
    frame(res, 'content_block_start', { index, content_block: { type: 'tool_use', id: toolIds[k], name: call.name, input: {} } });
    // Split the JSON in two deltas, as the real API does for longer inputs.
    const json = JSON.stringify(call.input);
    const half = Math.floor(json.length / 2);
    frame(res, 'content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(0, half) } });
    frame(res, 'content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(half) } });
    frame(res, 'content_block_stop', { index });
    index++;
  }
  frame(res, 'message_delta', { delta: { stop_reason: reply.tools?.length ? 'tool_use' : 'end_turn', stop_sequence: null }, usage: { output_tokens: 5 } });
  frame(res, 'message_stop', {});
  res.end();
}

/**
 * The reply a turn gives. A computed turn that throws (the conversation is not what the script
 * expected: a command failed, an ID is missing) is answered 400 with its message: the CLI gives up
 * on a 400 at once (a 5xx is retried with backoff for minutes) and prints it, so the session ends
 * FAILED with the reason in its output tail.
 */
async function replyFor(turn: Turn | undefined, conversation: Conversation): Promise<Reply> {
  if (turn === undefined) return { text: DEFAULT_END };
  if (typeof turn !== 'function') return turn;
  try {
    return await turn(conversation);
  } catch (error) {
    return { error: { status: 400, type: 'invalid_request_error', message: `fake API: the script cannot play turn ${conversation.turn}: ${(error as Error).message}` } };
  }
}

type ScenarioState = Scenario & { script: Turn[]; hangSeen: Set<number>; hangWaiters: Map<number, () => void> };

function newScenario(tag: string, script: Turn[]): ScenarioState {
  const state: ScenarioState = {
    tag,
    script,
    requests: [],
    toolResults: [],
    toolCalls: [],
    hangSeen: new Set(),
    hangWaiters: new Map(),
    hanging: (turn) => (state.hangSeen.has(turn) ? Promise.resolve() : new Promise((resolve) => state.hangWaiters.set(turn, resolve))),
  };
  return state;
}

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const scenarios: ScenarioState[] = [];
  const unmatched: string[] = [];
  const held = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/messages') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const body = JSON.parse(raw) as { model?: string; system?: unknown; messages?: Message[] };
    const model = body.model ?? 'claude-fake';
    const conversation = conversationOf(body);
    const sc = scenarios.find((candidate) => conversation.prompt.includes(candidate.tag));
    if (!sc) {
      unmatched.push(conversation.prompt.slice(0, 500));
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'fake API: no scenario matches this conversation' } }));
      return;
    }
    const { requests, toolResults, toolCalls } = sc;
    const sessionHeader = req.headers['x-claude-code-session-id'];
    requests.push({ model, turn: conversation.turn, sessionHeader: typeof sessionHeader === 'string' ? sessionHeader : null });
    for (const r of conversation.toolResults) if (!toolResults.some((t) => t.toolUseId === r.toolUseId)) toolResults.push(r);

    const reply = await replyFor(sc.script[conversation.turn], conversation);
    if ('error' in reply) {
      res.writeHead(reply.error.status, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type: reply.error.type, message: reply.error.message } }));
      return;
    }
    if ('hang' in reply) {
      startMessage(res, model, `msg_fake_${conversation.turn}`);
      held.add(res);
      res.once('close', () => held.delete(res));
      sc.hangSeen.add(conversation.turn);
      sc.hangWaiters.get(conversation.turn)?.();
      return;
    }
    // Deterministic ids per turn: a retried request gets the same ids, so each call is recorded once.
    const ids = (reply.tools ?? []).map((_, k) => `toolu_fake_${conversation.turn}_${k}`);
    for (const [k, call] of (reply.tools ?? []).entries()) if (!toolCalls.some((c) => c.id === ids[k])) toolCalls.push({ ...call, id: ids[k]! });
    streamReply(res, model, conversation.turn, reply, ids);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: `fake API bug: ${error.message}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    unmatched,
    scenario: (tag, script) => {
      if (scenarios.some((s) => s.tag.includes(tag) || tag.includes(s.tag))) throw new Error(`fake API: scenario tag ${JSON.stringify(tag)} overlaps another`);
      const sc = newScenario(tag, script);
      scenarios.push(sc);
      return sc;
    },
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
