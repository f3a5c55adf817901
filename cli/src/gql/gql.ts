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
    "\n  query CliEventsPage($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n": typeof types.CliEventsPageDocument,
    "\n  query CliEventsHistory($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n": typeof types.CliEventsHistoryDocument,
    "\n  mutation CliProjectCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { ...CliProjectFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliProjectCreateDocument,
    "\n  query CliProjectList($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliProjectFields } }\n    }\n  }\n": typeof types.CliProjectListDocument,
    "\n  query CliProjectShow($id: ID!, $tasks: Int!) {\n    project(id: $id) {\n      ...CliProjectFields\n      tasks(first: $tasks) {\n        totalCount\n        edges { node { ...CliTaskFields } }\n      }\n    }\n  }\n": typeof types.CliProjectShowDocument,
    "\n  query SklInfo($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n      content\n    }\n  }\n": typeof types.SklInfoDocument,
    "\n  query SklList($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      scope\n      path\n      contentHash\n      dependencies\n      valid\n      overrides { scope path }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n": typeof types.SklListDocument,
    "\n  mutation CliTaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliTaskCreateDocument,
    "\n  query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliTaskFields } }\n    }\n  }\n": typeof types.CliTaskListDocument,
    "\n  query CliTaskShow($id: ID!, $events: Int!) {\n    task(id: $id) {\n      ...CliTaskFields\n      events(last: $events) { totalCount edges { node { ...CliEventFields } } }\n    }\n  }\n": typeof types.CliTaskShowDocument,
    "\n  mutation CliTaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliTaskUpdateDocument,
    "\n  fragment CliProjectFields on Project {\n    id\n    name\n    description\n    workingDir\n    createdAt\n    updatedAt\n  }\n": typeof types.CliProjectFieldsFragmentDoc,
    "\n  fragment CliTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    startedAt\n    completedAt\n    createdAt\n    updatedAt\n    project { id name }\n  }\n": typeof types.CliTaskFieldsFragmentDoc,
    "\n  fragment CliEventFields on Event {\n    seq\n    cursor\n    kind\n    projectId\n    taskId\n    subtaskId\n    sessionId\n    actor\n    payload\n    createdAt\n  }\n": typeof types.CliEventFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query CliEventsPage($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n": types.CliEventsPageDocument,
    "\n  query CliEventsHistory($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n": types.CliEventsHistoryDocument,
    "\n  mutation CliProjectCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { ...CliProjectFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliProjectCreateDocument,
    "\n  query CliProjectList($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliProjectFields } }\n    }\n  }\n": types.CliProjectListDocument,
    "\n  query CliProjectShow($id: ID!, $tasks: Int!) {\n    project(id: $id) {\n      ...CliProjectFields\n      tasks(first: $tasks) {\n        totalCount\n        edges { node { ...CliTaskFields } }\n      }\n    }\n  }\n": types.CliProjectShowDocument,
    "\n  query SklInfo($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n      content\n    }\n  }\n": types.SklInfoDocument,
    "\n  query SklList($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      scope\n      path\n      contentHash\n      dependencies\n      valid\n      overrides { scope path }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n": types.SklListDocument,
    "\n  mutation CliTaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliTaskCreateDocument,
    "\n  query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliTaskFields } }\n    }\n  }\n": types.CliTaskListDocument,
    "\n  query CliTaskShow($id: ID!, $events: Int!) {\n    task(id: $id) {\n      ...CliTaskFields\n      events(last: $events) { totalCount edges { node { ...CliEventFields } } }\n    }\n  }\n": types.CliTaskShowDocument,
    "\n  mutation CliTaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliTaskUpdateDocument,
    "\n  fragment CliProjectFields on Project {\n    id\n    name\n    description\n    workingDir\n    createdAt\n    updatedAt\n  }\n": types.CliProjectFieldsFragmentDoc,
    "\n  fragment CliTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    startedAt\n    completedAt\n    createdAt\n    updatedAt\n    project { id name }\n  }\n": types.CliTaskFieldsFragmentDoc,
    "\n  fragment CliEventFields on Event {\n    seq\n    cursor\n    kind\n    projectId\n    taskId\n    subtaskId\n    sessionId\n    actor\n    payload\n    createdAt\n  }\n": types.CliEventFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliEventsPage($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n"): typeof import('./graphql.js').CliEventsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliEventsHistory($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n"): typeof import('./graphql.js').CliEventsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliProjectCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { ...CliProjectFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliProjectCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliProjectList($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliProjectFields } }\n    }\n  }\n"): typeof import('./graphql.js').CliProjectListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliProjectShow($id: ID!, $tasks: Int!) {\n    project(id: $id) {\n      ...CliProjectFields\n      tasks(first: $tasks) {\n        totalCount\n        edges { node { ...CliTaskFields } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CliProjectShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SklInfo($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n      content\n    }\n  }\n"): typeof import('./graphql.js').SklInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SklList($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      scope\n      path\n      contentHash\n      dependencies\n      valid\n      overrides { scope path }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n"): typeof import('./graphql.js').SklListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliTaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliTaskCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliTaskFields } }\n    }\n  }\n"): typeof import('./graphql.js').CliTaskListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliTaskShow($id: ID!, $events: Int!) {\n    task(id: $id) {\n      ...CliTaskFields\n      events(last: $events) { totalCount edges { node { ...CliEventFields } } }\n    }\n  }\n"): typeof import('./graphql.js').CliTaskShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliTaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliTaskUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliProjectFields on Project {\n    id\n    name\n    description\n    workingDir\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').CliProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    startedAt\n    completedAt\n    createdAt\n    updatedAt\n    project { id name }\n  }\n"): typeof import('./graphql.js').CliTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliEventFields on Event {\n    seq\n    cursor\n    kind\n    projectId\n    taskId\n    subtaskId\n    sessionId\n    actor\n    payload\n    createdAt\n  }\n"): typeof import('./graphql.js').CliEventFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
