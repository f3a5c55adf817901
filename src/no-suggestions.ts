/**
 * Strips graphql-js's "Did you mean …?" hints from error messages. With introspection off they
 * would let a client map the schema one guessed name at a time. Validation errors (unknown
 * fields, arguments, types, enum values) and execution-time variable coercion errors (unknown
 * input fields) both carry them.
 */
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean .*\?$/s;

function strip(errors: readonly Error[] | undefined) {
  for (const error of errors ?? []) {
    if (SUGGESTION.test(error.message)) (error as { message: string }).message = error.message.replace(SUGGESTION, '');
  }
}

type WithErrors = { errors?: readonly Error[] };

export function noSuggestionsPlugin(): Plugin {
  return {
    onValidate: () => ({ result }) => strip(result),
    onExecute: () => ({ onExecuteDone: ({ result }) => strip((result as WithErrors).errors) }),
    onSubscribe: () => ({ onSubscribeResult: ({ result }) => strip((result as WithErrors).errors) }),
  };
}
