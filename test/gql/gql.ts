/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SmokeCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SmokeCreateProjectDocument,
    "\n  query SmokeProjects { projects(first: 5) { edges { node { id name } } } }\n": typeof types.SmokeProjectsDocument,
};
const documents: Documents = {
    "\n  mutation SmokeCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n": types.SmokeCreateProjectDocument,
    "\n  query SmokeProjects { projects(first: 5) { edges { node { id name } } } }\n": types.SmokeProjectsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmokeCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SmokeCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeProjects { projects(first: 5) { edges { node { id name } } } }\n"): typeof import('./graphql.js').SmokeProjectsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
