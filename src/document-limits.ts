/**
 * Limits on what one GraphQL document may ask for (ARCHITECTURE.md, security defaults: depth,
 * aliases, cost), enforced by graphql-armor's envelop plugins for every transport (HTTP, SSE and
 * graphql-ws, which validates through the same envelop). A document over a limit is refused at
 * parse or validation with a GraphQL error naming the limit, before anything runs.
 *
 * The numbers leave room for every document the web UI and the CLI send (the deepest is 8 levels)
 * and for GraphiQL's introspection, which the depth and cost rules ignore.
 */
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import { variableCostPlugin } from './document-cost.ts';

export const DOCUMENT_LIMITS = {
  /** Nesting of selections. */
  depth: 12,
  /** Aliased fields in one document (each alias can repeat an expensive field). */
  aliases: 20,
  /** Directives in one document. */
  directives: 20,
  /** Lexical tokens in one document (bounds parse time; GraphiQL's introspection query is ~1 000). */
  tokens: 3000,
  /**
   * graphql-armor's cost: 2 per object field and 1 per scalar, × 1.5 per level, × a literal
   * `first`/`last`. A page of 100 projects with 100 tasks each and a few fields is ~10⁶: allowed;
   * three nested pages of 100 are ~2 × 10⁸: refused. The web UI's costliest document is ~600.
   * `first: $n` counts with the value sent (src/document-cost.ts, at execution).
   */
  cost: 5_000_000,
} as const;

/**
 * graphql-armor's errors carry no code and read "Syntax Error: …"; ours say which limit and carry
 * extensions.code DOCUMENT_TOO_COMPLEX.
 */
function asTypedError(_context: unknown, error: GraphQLError) {
  const mutable = error as { message: string; extensions: Record<string, unknown> };
  mutable.message = `${error.message.replace(/^Syntax Error: /, '')} Split the document into smaller ones.`;
  mutable.extensions['code'] = 'DOCUMENT_TOO_COMPLEX';
  // As for any invalid document (GraphQL over HTTP): 400 under application/graphql-response+json,
  // 200 under application/json. Yoga reads and then removes this extension.
  mutable.extensions['http'] = { status: 400, spec: true };
}

export function documentLimitPlugins() {
  const options = { exposeLimits: true, onReject: [asTypedError] };
  return [
    maxDepthPlugin({ n: DOCUMENT_LIMITS.depth, ...options }),
    maxAliasesPlugin({ n: DOCUMENT_LIMITS.aliases, ...options }),
    maxDirectivesPlugin({ n: DOCUMENT_LIMITS.directives, ...options }),
    maxTokensPlugin({ n: DOCUMENT_LIMITS.tokens, ...options }),
    costLimitPlugin({ maxCost: DOCUMENT_LIMITS.cost, ...options }),
    variableCostPlugin(DOCUMENT_LIMITS.cost),
  ];
}
