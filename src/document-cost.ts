/**
 * The document cost limit, applied to the values a request actually sends. graphql-armor's cost
 * rule (src/document-limits.ts) runs at validation, before variables are known, so it multiplies
 * by `first: 100` but not by `first: $n`: three nested pages of 100 got through as variables.
 * This plugin recomputes the same cost (armor's formula, same weights) for the operation about to
 * run, with `first`/`last` read from its variables (or their defaults; capped at the page size
 * connections actually serve), and refuses it with
 * DOCUMENT_TOO_COMPLEX before anything runs — on every transport, since HTTP, SSE and graphql-ws
 * all execute through the envelop.
 */
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionNode, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CONNECTION_LIMITS } from './schema/connection-limits.ts';

/** graphql-armor's default weights (its cost rule runs with these too). */
const WEIGHTS = { object: 2, scalar: 1, depthFactor: 1.5 } as const;

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/** The cost of the named (or only) operation of `document` with these variable values. */
export function operationCost(document: DocumentNode, operationName: string | null | undefined, variables: Variables): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return 0; // execute() reports the missing operation itself
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const defaults = new Map(operation.variableDefinitions?.map((v) => [v.variable.name.value, v.defaultValue]) ?? []);
  const visited = new Map<string, number>();

  /** A page size as it will run: connections serve at most CONNECTION_LIMITS.maxSize items. */
  const pageSize = (value: ValueNode): number => Math.min(requestedSize(value), CONNECTION_LIMITS.maxSize);
  const requestedSize = (value: ValueNode): number => {
    if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
    if (value.kind !== Kind.VARIABLE) return 1;
    const given = variables?.[value.name.value];
    if (typeof given === 'number' && Number.isFinite(given)) return given;
    const fallback = defaults.get(value.name.value);
    return fallback?.kind === Kind.INT ? Number.parseInt(fallback.value, 10) : 1;
  };

  const cost = (node: SelectionNode | FragmentDefinitionNode): number => {
    if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const name = node.name.value;
      if (visited.has(name)) return WEIGHTS.scalar + WEIGHTS.depthFactor * Math.max(visited.get(name)!, 0);
      visited.set(name, -1); // a fragment that (illegally) spreads itself costs nothing more
      const fragment = fragments.get(name);
      if (!fragment) return WEIGHTS.scalar;
      const fragmentCost = cost(fragment);
      visited.set(name, fragmentCost);
      return WEIGHTS.scalar + WEIGHTS.depthFactor * fragmentCost;
    }
    if (!node.selectionSet) return WEIGHTS.scalar;
    let multiplier = 1;
    const page = node.kind === Kind.FIELD ? node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last') : undefined;
    if (page) multiplier = Math.max(pageSize(page.value) || 1, 1);
    const children = node.selectionSet.selections.reduce((sum, child) => sum + WEIGHTS.depthFactor * cost(child), 0);
    return (WEIGHTS.object + children) * multiplier;
  };

  return operation.selectionSet.selections.reduce((sum, child) => sum + cost(child), 0);
}

export function variableCostPlugin(maxCost: number): Plugin {
  const check = (args: { document: DocumentNode; operationName?: string | null; variableValues?: Variables }) => {
    const found = operationCost(args.document, args.operationName, args.variableValues);
    if (found <= maxCost) return null;
    return new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${found}. Split the document into smaller ones.`, {
      // Like a validation error: 400 under application/graphql-response+json, 200 under application/json.
      extensions: { code: 'DOCUMENT_TOO_COMPLEX', http: { status: 400, spec: true } },
    });
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
