/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment WebEventFields on Event {\n    seq\n    cursor\n    kind\n    actor\n    createdAt\n    taskId\n    hookEvent\n    toolName\n    payload\n  }\n": typeof types.WebEventFieldsFragmentDoc,
    "\n  query WebProjectEvents($id: ID!, $last: Int!) {\n    project(id: $id) {\n      id\n      events(last: $last) {\n        totalCount\n        edges {\n          node {\n            ...WebEventFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebProjectEventsDocument,
    "\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload {\n        project {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebCreateProjectDocument,
    "\n  query WebProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          workingDir\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebProjectsDocument,
    "\n  query WebProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      workingDir\n      createdAt\n    }\n  }\n": typeof types.WebProjectDocument,
    "\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebCreateTaskDocument,
    "\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n  }\n": typeof types.WebTaskFieldsFragmentDoc,
    "\n  mutation WebUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebUpdateTaskDocument,
    "\n  query WebProjectTasks($id: ID!, $status: TaskStatus, $first: Int!, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebTaskFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.WebProjectTasksDocument,
    "\n  fragment WebValidationErrorFields on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n": typeof types.WebValidationErrorFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment WebEventFields on Event {\n    seq\n    cursor\n    kind\n    actor\n    createdAt\n    taskId\n    hookEvent\n    toolName\n    payload\n  }\n": types.WebEventFieldsFragmentDoc,
    "\n  query WebProjectEvents($id: ID!, $last: Int!) {\n    project(id: $id) {\n      id\n      events(last: $last) {\n        totalCount\n        edges {\n          node {\n            ...WebEventFields\n          }\n        }\n      }\n    }\n  }\n": types.WebProjectEventsDocument,
    "\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload {\n        project {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebCreateProjectDocument,
    "\n  query WebProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          workingDir\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebProjectsDocument,
    "\n  query WebProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      workingDir\n      createdAt\n    }\n  }\n": types.WebProjectDocument,
    "\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebCreateTaskDocument,
    "\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n  }\n": types.WebTaskFieldsFragmentDoc,
    "\n  mutation WebUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebUpdateTaskDocument,
    "\n  query WebProjectTasks($id: ID!, $status: TaskStatus, $first: Int!, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebTaskFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.WebProjectTasksDocument,
    "\n  fragment WebValidationErrorFields on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n": types.WebValidationErrorFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebEventFields on Event {\n    seq\n    cursor\n    kind\n    actor\n    createdAt\n    taskId\n    hookEvent\n    toolName\n    payload\n  }\n"): (typeof documents)["\n  fragment WebEventFields on Event {\n    seq\n    cursor\n    kind\n    actor\n    createdAt\n    taskId\n    hookEvent\n    toolName\n    payload\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebProjectEvents($id: ID!, $last: Int!) {\n    project(id: $id) {\n      id\n      events(last: $last) {\n        totalCount\n        edges {\n          node {\n            ...WebEventFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebProjectEvents($id: ID!, $last: Int!) {\n    project(id: $id) {\n      id\n      events(last: $last) {\n        totalCount\n        edges {\n          node {\n            ...WebEventFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload {\n        project {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload {\n        project {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          workingDir\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          workingDir\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      workingDir\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WebProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      workingDir\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n  }\n"): (typeof documents)["\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebProjectTasks($id: ID!, $status: TaskStatus, $first: Int!, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebTaskFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebProjectTasks($id: ID!, $status: TaskStatus, $first: Int!, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebTaskFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebValidationErrorFields on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment WebValidationErrorFields on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;