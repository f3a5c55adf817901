/**
 * Queries and mutations run as compiled functions (graphql-jit) instead of graphql-js's interpreter.
 *
 * graphql-js walks the document afresh for every result object: a page of 100 tasks resolves ~700
 * fields, and that walk was a quarter of a listing's CPU (docs/BENCHMARKS.md, "Where the time goes").
 * graphql-jit turns a validated document into one JavaScript function once; Yoga's parse cache hands
 * back the same DocumentNode for the same text, so the compiled function is found by identity.
 *
 * What stays with graphql-js, unchanged:
 * - Subscriptions: the event stream has its own prepared path (src/schema/event/prepared.ts), and
 *   graphql-jit's subscribe does not report an error thrown while setting up the stream (a refused
 *   project) the way graphql-js does.
 * - Variables that do not coerce: the compiled function refuses them before any resolver runs; the
 *   interpreter then answers, so the error and its HTTP 400 are exactly graphql-js's.
 * - A document graphql-jit cannot compile (logged once at debug level).
 *
 * Documents come from anyone, and graphql-jit writes parts of them into generated code: names (GraphQL
 * names: letters, digits, underscores) and literal argument values, as JSON. That JSON is then
 * rewritten by graphql-jit: a string holding one of its marker texts (`__MAGIC_DATE__<uuid>`…) becomes
 * `new Date(<the rest of the string>)` — code. A document with such a string literal anywhere (an
 * argument, a list or object value, a variable's default) is therefore never compiled; graphql-js
 * interprets it like any other (test/server/compiled-execution.test.ts and
 * test/security/compiled-execution.test.ts send exactly that attack). Variables are data: graphql-jit
 * reads them at run time, never writes them into code.
 */
import { BREAK, getOperationAST, visit, type DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { logger } from './logger.ts';

type Compiled = CompiledQuery | null;

/** graphql-jit's marker texts all start with this (`__MAGIC_DATE__`, `__MAGIC_NAN__`, `__MAGIC_PLUS_INFINITY__`…). */
const JIT_MARKER = '__MAGIC_';

/** Whether any string literal of the document (decoded, so escapes cannot hide it) holds a graphql-jit marker. */
function holdsJitMarker(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes(JIT_MARKER)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** How many operations were compiled and how many left to graphql-js (read by tests). */
export type CompiledExecutionStats = { compiled: number; interpreted: number };

export function compiledExecutionPlugin(stats: CompiledExecutionStats = { compiled: 0, interpreted: 0 }): Plugin {
  /** Per document, per operation name (one document may hold several operations). */
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compiledFor = (args: { schema: Parameters<typeof compileQuery>[0]; document: DocumentNode; operationName?: string | null }): Compiled => {
    const name = args.operationName ?? '';
    let byName = cache.get(args.document);
    if (!byName) cache.set(args.document, (byName = new Map()));
    if (byName.has(name)) return byName.get(name)!;
    let compiled: Compiled = null;
    const operation = getOperationAST(args.document, args.operationName);
    if (operation && operation.operation !== 'subscription' && !holdsJitMarker(args.document)) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      if (isCompiledQuery(result)) compiled = result;
      else logger.debug({ operationName: args.operationName, errors: result.errors }, 'graphql-jit could not compile; interpreting');
    }
    byName.set(name, compiled);
    if (compiled) stats.compiled++;
    else stats.interpreted++;
    return compiled;
  };

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const compiled = compiledFor(args);
      if (!compiled) return;
      setExecuteFn(async (execArgs) => {
        const result = await compiled.query(execArgs.rootValue, execArgs.contextValue, execArgs.variableValues);
        // No `data` at all: the variables were refused before anything ran (see the module comment).
        if (!('data' in result)) return executeFn(execArgs);
        return result;
      });
    },
  };
}
