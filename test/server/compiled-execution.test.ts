import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { compiledExecutionPlugin, type CompiledExecutionStats } from '../../src/compiled-execution.ts';

// A schema of its own: what is checked is the plugin's contract (compile once, same answers as
// graphql-js, refused variables and subscriptions left to graphql-js), not Maestro's resolvers,
// which the rest of the suite runs through the plugin.
let resolved = 0;
const Item = new GraphQLObjectType({
  name: 'Item',
  fields: { n: { type: new GraphQLNonNull(GraphQLInt) }, label: { type: GraphQLString, resolve: (item: { n: number }) => `item ${item.n}` } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Item))),
        args: { count: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, args: { count: number }) => {
          resolved++;
          return Array.from({ length: args.count }, (_, n) => ({ n }));
        },
      },
      echo: { type: GraphQLString, args: { text: { type: GraphQLString } }, resolve: (_root, args: { text: string }) => args.text },
      fails: { type: GraphQLString, resolve: () => { throw new Error('resolver failed'); } },
    },
  }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      refused: {
        type: GraphQLString,
        subscribe: () => { throw new Error('not your project'); },
      },
    },
  }),
});

function app() {
  const stats: CompiledExecutionStats = { compiled: 0, interpreted: 0 };
  const yoga = createYoga({ schema, plugins: [compiledExecutionPlugin(stats)], logging: false, maskedErrors: false });
  const post = async (query: string, variables?: Record<string, unknown>, accept = 'application/graphql-response+json') => {
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: await res.text() };
  };
  return { stats, post };
}

describe('compiled execution (graphql-jit)', () => {
  it('should compile a document once and answer as graphql-js does', async () => {
    const { stats, post } = app();
    const query = 'query Items($count: Int!) { items(count: $count) { n label } }';
    const before = resolved;
    const answers = [await post(query, { count: 3 }), await post(query, { count: 3 }), await post(query, { count: 1 })];
    expect(resolved - before).toBe(3);
    expect(JSON.parse(answers[0]!.body)).toEqual({ data: { items: [{ n: 0, label: 'item 0' }, { n: 1, label: 'item 1' }, { n: 2, label: 'item 2' }] } });
    expect(JSON.parse(answers[2]!.body)).toEqual({ data: { items: [{ n: 0, label: 'item 0' }] } });
    expect(stats).toEqual({ compiled: 1, interpreted: 0 });
  });

  it('should report a resolver error with its path, keeping the rest of the data', async () => {
    const { post } = app();
    const body = JSON.parse((await post('{ fails items(count: 1) { n } }')).body);
    expect(body.data).toEqual({ fails: null, items: [{ n: 0 }] });
    expect(body.errors).toEqual([expect.objectContaining({ message: 'resolver failed', path: ['fails'] })]);
  });

  it('should leave refused variables to graphql-js: no resolver runs, HTTP 400, graphql-js message', async () => {
    const { post } = app();
    const before = resolved;
    const answer = await post('query Items($count: Int!) { items(count: $count) { n } }', { count: 'three' });
    expect(resolved).toBe(before);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/Variable "\$count" got invalid value "three"; Int cannot represent non-integer value/);
  });

  it('should leave subscriptions to graphql-js, which reports an error thrown while subscribing', async () => {
    const { stats, post } = app();
    const answer = await post('subscription { refused }', undefined, 'text/event-stream');
    expect(answer.body).toContain('not your project');
    expect(stats.compiled).toBe(0);
  });

  // graphql-jit writes literal values into generated code as JSON, and rewrites a string holding its
  // date marker into `new Date(…rest of the string…)`: unguarded, this document ran the code in it.
  it('should not compile, nor run, code hidden in a string literal', async () => {
    const { stats, post } = app();
    const marker = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
    const attack = `${marker}(globalThis.__maestroJitInjected = 1)`;
    const escaped = JSON.stringify(attack).replace('_', '\\u005f'); // an escape must not hide it either
    for (const query of [
      `{ echo(text: ${JSON.stringify(attack)}) }`,
      `{ echo(text: ${escaped}) }`,
      `query Echo($text: String = ${JSON.stringify(attack)}) { echo(text: $text) }`,
    ]) {
      const body = JSON.parse((await post(query)).body);
      expect(body, query).toEqual({ data: { echo: attack } });
    }
    expect((globalThis as { __maestroJitInjected?: number }).__maestroJitInjected).toBeUndefined();
    expect(stats.compiled).toBe(0);
    // The marker in a variable is data: that document compiles, and echoes the text back.
    const withVariable = JSON.parse((await post('query Echo($text: String) { echo(text: $text) }', { text: attack })).body);
    expect(withVariable).toEqual({ data: { echo: attack } });
    expect(stats.compiled).toBe(1);
    expect((globalThis as { __maestroJitInjected?: number }).__maestroJitInjected).toBeUndefined();
  });
});
