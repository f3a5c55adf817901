/**
 * Prepared replay (src/schema/event/prepared.ts): a subscription that selects plain Event fields gets
 * its messages written from the log row instead of executed. These tests hold it to the ordinary
 * path: the same events, field for field, for every event kind and hook fixture, and the odd stored
 * values (a lone surrogate, a value over the column cap, a byte-order mark); documents it does not
 * understand take the ordinary path; a bad cursor still fails the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { preparedFieldNames, preparedSelection } from '../../src/schema/event/prepared.ts';
// Loads the schema's modules, which register their fields' writers.
import '../../src/schema/index.ts';
import { ROOT, startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createSession, loadFixtures, postHook } from '../hooks/helpers.ts';
import { createProject, createTask, dbSeqs, metric, touchTask } from './helpers.ts';

const ALL_FIELDS = '__typename seq cursor kind projectId taskId subtaskId sessionId actor payload createdAt hookEvent toolName toolUseId agentId';

type Message = { id?: string; type: string; payload?: { data?: Record<string, Record<string, unknown>>; errors?: { extensions?: { code?: string } }[] } };

/**
 * Speaks graphql-transport-ws by hand, so the test sees each message's text as the server wrote it.
 * Resolves with every message of one subscription once it has `count` events (or an error).
 */
async function subscribeText(wsUrl: string, query: string, variables: Record<string, unknown>, count: number): Promise<{ texts: string[]; messages: Message[] }> {
  const ws = new WebSocket(wsUrl, 'graphql-transport-ws');
  const texts: string[] = [];
  const messages: Message[] = [];
  let settled = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out with ${texts.length} of ${count} messages for ${query}`)), 20_000);
      ws.on('error', reject);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
      ws.on('message', (data) => {
        const text = String(data);
        const message = JSON.parse(text) as Message;
        if (message.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        if (message.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
        // Messages already in flight keep arriving until the close: take exactly `count`.
        if (message.id !== '1' || settled) return;
        texts.push(text);
        messages.push(message);
        if (message.type === 'error' || message.type === 'complete' || message.payload?.errors || texts.length === count) {
          settled = true;
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } finally {
    ws.close();
  }
  return { texts, messages };
}

const eventsOf = (messages: Message[], key = 'events') => messages.map((m) => m.payload?.data?.[key]);

let server: TestServer;
let fixtureTexts: string[];
let eventCount: number;

beforeAll(async () => {
  server = await startServer();
  const projectId = await createProject(server, 'Prepared');
  const taskId = await createTask(server, projectId, 'prepared "quotes" \u2028 and \u00e9');
  await touchTask(server, taskId, 'line\nbreak\ttab \\ backslash');
  const session = await createSession(server, projectId);
  fixtureTexts = loadFixtures().map((f) => f.text);
  const odd = [
    // A lone surrogate (escaped, as JSON allows) and a tool_use_id over the 512-character column cap:
    // their columns cannot hold them, so the fields read the payload.
    '{"hook_event_name":"PreToolUse","session_id":"s-odd","tool_name":"Bash\\ud800","tool_use_id":"' + 'u'.repeat(600) + '","tool_input":{"n":1e2}}',
    // A byte-order mark before the body.
    '\ufeff{"hook_event_name":"Notification","session_id":"s-odd","message":"bom"}',
  ];
  for (const text of [...fixtureTexts, ...odd]) {
    const res = await postHook(server, session.token, text);
    expect(res.status, text.slice(0, 80)).toBe(200);
  }
  eventCount = dbSeqs(server.dataDir).length;
});
afterAll(() => stopAllServers());

describe('prepared replay', () => {
  it('should deliver what the ordinary path delivers, field for field, for every event in the log', async () => {
    const prepared = await subscribeText(server.wsUrl, `subscription Prepared { events(fromStart: true) { ${ALL_FIELDS} } }`, {}, eventCount);
    // @include makes the document one the prepared path leaves alone; it selects the same fields.
    const ordinary = await subscribeText(
      server.wsUrl,
      `subscription Ordinary($yes: Boolean!) { events(fromStart: true) { ${ALL_FIELDS.replace('seq', 'seq @include(if: $yes)')} } }`,
      { yes: true },
      eventCount,
    );
    expect(prepared.messages.every((m) => m.type === 'next' && !m.payload?.errors)).toBe(true);
    expect(ordinary.messages.every((m) => m.type === 'next' && !m.payload?.errors)).toBe(true);
    expect(eventsOf(prepared.messages)).toHaveLength(eventCount);
    expect(eventsOf(prepared.messages)).toEqual(eventsOf(ordinary.messages));

    // The two paths really differ: the prepared one sends each hook body as stored (the fixtures'
    // 2-space indentation), the ordinary one re-encodes it.
    for (const text of fixtureTexts) {
      expect(prepared.texts.some((t) => t.includes(`"payload":${text}`))).toBe(true);
      expect(ordinary.texts.some((t) => t.includes(`"payload":${text}`))).toBe(false);
    }
    const events = eventsOf(prepared.messages) as Record<string, unknown>[];
    const odd = events.filter((e) => (e['payload'] as { session_id?: string })?.session_id === 's-odd');
    expect(odd.map((e) => [e['toolName'], (e['toolUseId'] as string | null)?.length ?? null, e['hookEvent']])).toEqual([
      ['Bash\ud800', 600, 'PreToolUse'],
      [null, null, 'Notification'],
    ]);
    expect(odd[0]!['payload']).toMatchObject({ tool_input: { n: 100 } });
    expect(odd[1]!['payload']).toEqual({ hook_event_name: 'Notification', session_id: 's-odd', message: 'bom' });
  });

  it('should honour aliases, a partial selection, inline arguments and renamed variables, on both paths', async () => {
    const created = { kind: 'TASK_CREATED', payload: { task: expect.objectContaining({ title: 'prepared "quotes" \u2028 and \u00e9' }) } };
    const updated = { kind: 'TASK_UPDATED', payload: expect.objectContaining({ task: expect.objectContaining({ description: 'line\nbreak\ttab \\ backslash' }) }) };
    const inline = `subscription { feed: events(fromStart: true, filter: { kinds: [TASK_CREATED, TASK_UPDATED] }) { position: seq kind payload } }`;
    const { messages } = await subscribeText(server.wsUrl, inline, {}, 2);
    expect(eventsOf(messages, 'feed')).toEqual([{ position: expect.any(Number), ...created }, { position: expect.any(Number), ...updated }]);
    expect(Object.keys(eventsOf(messages, 'feed')[0]!)).toEqual(['position', 'kind', 'payload']);

    // Variables named unlike the arguments they feed: graphql-jit 0.8's subscribe handed the
    // variables object to the resolver as its arguments (graphql-jit#183), which turned a replay
    // from a cursor into "live from now"; both paths now start the stream through graphql-js.
    const after = (eventsOf(messages, 'feed')[0] as { position: number }).position;
    const [first] = (await subscribeText(server.wsUrl, `subscription { events(fromStart: true) { seq cursor } }`, {}, after)).messages.slice(-1);
    const cursor = (first!.payload!.data!['events'] as { cursor: string }).cursor;
    for (const [selection, yes] of [['kind payload', ''], ['kind @include(if: $yes) payload', ', $yes: Boolean!']]) {
      const query = `subscription Renamed($c: String, $k: [EventKind!]${yes}) { events(after: $c, filter: { kinds: $k }) { ${selection} } }`;
      const got = await subscribeText(server.wsUrl, query, { c: cursor, k: ['TASK_UPDATED'], yes: true }, 1);
      expect({ selection, events: eventsOf(got.messages) }, JSON.stringify(got.messages)).toEqual({ selection, events: [updated] });
    }
  });

  it('should fail a bad cursor with its documented code, as the ordinary path does', async () => {
    const { messages } = await subscribeText(server.wsUrl, `subscription { events(after: "not-a-cursor") { seq payload } }`, {}, 1);
    const codes = messages.flatMap((m) => (m.type === 'error' ? (m.payload as unknown as { extensions?: { code?: string } }[]) : (m.payload?.errors ?? [])).map((e) => e.extensions?.code));
    expect(codes).toEqual(['CURSOR_INVALID']);
  });

  it('should count prepared subscriptions in the operations metric', async () => {
    const before = await metric(server.url, 'maestro_graphql_operations_total\\{operation="Counted",type="subscription",outcome="ok"\\}').catch(() => 0);
    await subscribeText(server.wsUrl, `subscription Counted { events(fromStart: true) { seq } }`, {}, 1);
    const after = await metric(server.url, 'maestro_graphql_operations_total\\{operation="Counted",type="subscription",outcome="ok"\\}');
    expect(after).toBe(before + 1);
  });
});

describe('preparedSelection', () => {
  const eligible = (query: string) => preparedSelection(parse(query)) !== null;

  it('should take plain field selections of the events subscription', () => {
    expect(eligible(`subscription { events { seq cursor payload } }`)).toBe(true);
    expect(eligible(`subscription S($a: String) { log: events(after: $a) { n: seq kind } }`)).toBe(true);
    expect(eligible(`subscription { events { __typename seq } }`)).toBe(true);
  });

  it('should leave every other document to GraphQL', () => {
    for (const query of [
      `query { events { edges { node { seq } } } }`,
      `subscription { events { seq ...F } } fragment F on Event { kind }`,
      `subscription { events { seq ... on Event { kind } } }`,
      `subscription { events { seq @skip(if: false) } }`,
      `subscription { events @include(if: true) { seq } }`,
      `subscription @foo { events { seq } }`,
      `subscription { events { seq seq } }`,
      `subscription { events { seq a: kind a: actor } }`,
      `subscription { events { notAField } }`,
      `subscription { events { seq } other { x } }`,
    ]) {
      expect({ query, eligible: eligible(query) }).toEqual({ query, eligible: false });
    }
  });

  it('should pick the named operation', () => {
    const document = parse(`query Q { projects { totalCount } } subscription S { events { seq } }`);
    expect(preparedSelection(document, 'S')).not.toBeNull();
    expect(preparedSelection(document, 'Q')).toBeNull();
  });

  it('should have a writer for every scalar field of Event', () => {
    // The printed schema, not the built one: the server's graphql-js module is not this test's.
    const event = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8')).getType('Event') as GraphQLObjectType;
    const leaves = Object.values(event.getFields())
      .filter((f) => !isObjectType(getNamedType(f.type)))
      .map((f) => f.name);
    expect(preparedFieldNames().sort()).toEqual(leaves.sort());
  });
});
