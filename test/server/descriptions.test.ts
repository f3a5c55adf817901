/**
 * The API reads like its documentation: introspecting the served schema, every named type, field,
 * argument, input field and enum value has a description. The audit is checked first on a small
 * schema with known gaps, so a pass on the real one means "nothing missing", not "nothing looked at".
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTypes, servedSchema, undocumented } from '../helpers/schema-audit.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';

describe('the description audit', () => {
  it('lists each kind of undocumented element by name', () => {
    const schema = buildSchema(`
      "Documented."
      type Query {
        "Documented."
        ok("Documented." first: Int, after: String): Thing
        bare: String
      }
      type Thing { id: ID! }
      "Documented."
      enum Colour { "Documented." RED GREEN }
      input Filter { "Documented." kind: Colour, name: String }
      "Documented."
      union Either = Thing
    `);
    expect(undocumented(schema)).toEqual([
      'argument Query.ok(after)',
      'field Query.bare',
      'type Thing',
      'field Thing.id',
      'enum value Colour.GREEN',
      'type Filter',
      'input field Filter.name',
    ]);
  });

  it('treats a blank description as missing', () => {
    expect(undocumented(buildSchema('"   " type Query { "" a: Int }'))).toEqual(['type Query', 'field Query.a']);
  });
});

describe('the served schema', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await servedSchema(await startServer());
  });
  afterAll(() => stopAllServers());

  it('describes every type, field, argument, input field and enum value', () => {
    // Guard against an empty or partial introspection passing vacuously.
    expect(apiTypes(schema).length).toBeGreaterThan(50);
    expect(undocumented(schema)).toEqual([]);
  });
});
