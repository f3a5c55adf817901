/** Re-exports for the event tests: helpers plus the typed executor. */
export * from './helpers.ts';
export { execute } from '../helpers/graphql.ts';
