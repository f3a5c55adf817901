/**
 * Checks over a GraphQL schema that the API's conventions hold, each returning what breaks them
 * (empty when all is well), so a failing test prints the full list:
 *   - undocumented: every named type, field, argument, input field and enum value has a description;
 *   - mutationConventionBreaks: every Mutation field is foo(input: FooInput!): FooResult!, where
 *     FooResult is a union of FooPayload and error types that implement Error.
 * `servedSchema` introspects a running server, so the checks see exactly what integrators see.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { executeRaw } from './graphql.ts';

export async function servedSchema(server: { graphqlUrl: string }): Promise<GraphQLSchema> {
  const { body } = await executeRaw(server, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
  if (body.errors?.length || !body.data) throw new Error(`introspection failed: ${JSON.stringify(body.errors)}`);
  return buildClientSchema(body.data as IntrospectionQuery);
}

const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** Named types of the API itself (introspection's own __ types and graphql-js' built-in scalars excluded). */
export function apiTypes(schema: GraphQLSchema) {
  const builtIn = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
  return Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !builtIn.has(type.name));
}

/** Everything without a description, as "type X", "field X.f", "argument X.f(a)", "input field X.f", "enum value X.V". */
export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of apiTypes(schema)) {
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    }
  }
  return missing;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Each Mutation field that breaks foo(input: FooInput!): FooResult!, with what is wrong. */
export function mutationConventionBreaks(schema: GraphQLSchema): string[] {
  const mutation = schema.getMutationType();
  if (!mutation) return ['the schema has no Mutation type'];
  const errorInterface = schema.getType('Error');
  const breaks: string[] = [];
  for (const field of Object.values(mutation.getFields())) {
    const base = capitalise(field.name);
    const problem = (what: string) => breaks.push(`${field.name}: ${what}`);

    const args = field.args.map((a) => a.name).join(', ');
    if (args !== 'input') problem(`takes (${args}); expected exactly (input: ${base}Input!)`);
    const input = field.args.find((a) => a.name === 'input');
    if (input && (!isNonNullType(input.type) || !isInputObjectType(input.type.ofType) || input.type.ofType.name !== `${base}Input`)) {
      problem(`input is ${String(input.type)}; expected ${base}Input!`);
    }

    const result = isNonNullType(field.type) ? field.type.ofType : null;
    if (!result || !isUnionType(result) || result.name !== `${base}Result`) {
      problem(`returns ${String(field.type)}; expected ${base}Result! (a union)`);
      continue;
    }
    const members = result.getTypes();
    if (!members.some((m) => m.name === `${base}Payload`)) problem(`${result.name} has no ${base}Payload member`);
    for (const member of members) {
      if (member.name === `${base}Payload`) continue;
      const isError = isInterfaceType(errorInterface) && member.getInterfaces().some((i) => i.name === errorInterface.name);
      if (!isError) problem(`${result.name} member ${member.name} is neither ${base}Payload nor an Error`);
    }
  }
  return breaks;
}

/** How many fields Mutation has, so a test can tell "all conform" from "nothing was checked". */
export function mutationCount(schema: GraphQLSchema): number {
  return Object.keys(schema.getMutationType()?.getFields() ?? {}).length;
}
