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
    "\n  fragment WebSubtaskFields on Subtask {\n    id\n    title\n    description\n    done\n    completedAt\n    position\n    version\n  }\n": typeof types.WebSubtaskFieldsFragmentDoc,
    "\n  fragment WebConflictFields on ConflictError {\n    message\n    currentVersion\n    current {\n      ...WebSubtaskFields\n    }\n  }\n": typeof types.WebConflictFieldsFragmentDoc,
    "\n  query WebTaskSubtasks($id: ID!, $first: Int!) {\n    task(id: $id) {\n      id\n      subtaskProgress {\n        total\n        done\n      }\n      subtasks(first: $first) {\n        totalCount\n        edges {\n          node {\n            ...WebSubtaskFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebTaskSubtasksDocument,
    "\n  mutation WebCreateSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebCreateSubtaskDocument,
    "\n  mutation WebUpdateSubtask($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebUpdateSubtaskDocument,
    "\n  mutation WebCompleteSubtask($input: SubtaskVersionInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebCompleteSubtaskDocument,
    "\n  mutation WebReopenSubtask($input: SubtaskVersionInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebReopenSubtaskDocument,
    "\n  mutation WebMoveSubtask($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebMoveSubtaskDocument,
    "\n  mutation WebDeleteSubtask($input: SubtaskVersionInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload {\n        deletedSubtaskId\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebDeleteSubtaskDocument,
    "\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebCreateTaskDocument,
    "\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n    subtaskProgress {\n      total\n      done\n    }\n  }\n": typeof types.WebTaskFieldsFragmentDoc,
    "\n  mutation WebUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WebUpdateTaskDocument,
    "\n  query WebProjectTasks($id: ID!, $status: TaskStatus, $first: Int!, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebTaskFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.WebProjectTasksDocument,
    "\n  query WebTask($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      description\n      status\n      priority\n      acceptanceCriteria\n      project {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WebTaskDocument,
    "\n  fragment WebValidationErrorFields on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n": typeof types.WebValidationErrorFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment WebEventFields on Event {\n    seq\n    cursor\n    kind\n    actor\n    createdAt\n    taskId\n    hookEvent\n    toolName\n    payload\n  }\n": types.WebEventFieldsFragmentDoc,
    "\n  query WebProjectEvents($id: ID!, $last: Int!) {\n    project(id: $id) {\n      id\n      events(last: $last) {\n        totalCount\n        edges {\n          node {\n            ...WebEventFields\n          }\n        }\n      }\n    }\n  }\n": types.WebProjectEventsDocument,
    "\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload {\n        project {\n          id\n          name\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebCreateProjectDocument,
    "\n  query WebProjects($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          workingDir\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebProjectsDocument,
    "\n  query WebProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      workingDir\n      createdAt\n    }\n  }\n": types.WebProjectDocument,
    "\n  fragment WebSubtaskFields on Subtask {\n    id\n    title\n    description\n    done\n    completedAt\n    position\n    version\n  }\n": types.WebSubtaskFieldsFragmentDoc,
    "\n  fragment WebConflictFields on ConflictError {\n    message\n    currentVersion\n    current {\n      ...WebSubtaskFields\n    }\n  }\n": types.WebConflictFieldsFragmentDoc,
    "\n  query WebTaskSubtasks($id: ID!, $first: Int!) {\n    task(id: $id) {\n      id\n      subtaskProgress {\n        total\n        done\n      }\n      subtasks(first: $first) {\n        totalCount\n        edges {\n          node {\n            ...WebSubtaskFields\n          }\n        }\n      }\n    }\n  }\n": types.WebTaskSubtasksDocument,
    "\n  mutation WebCreateSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebCreateSubtaskDocument,
    "\n  mutation WebUpdateSubtask($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebUpdateSubtaskDocument,
    "\n  mutation WebCompleteSubtask($input: SubtaskVersionInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebCompleteSubtaskDocument,
    "\n  mutation WebReopenSubtask($input: SubtaskVersionInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebReopenSubtaskDocument,
    "\n  mutation WebMoveSubtask($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebMoveSubtaskDocument,
    "\n  mutation WebDeleteSubtask($input: SubtaskVersionInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload {\n        deletedSubtaskId\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebDeleteSubtaskDocument,
    "\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebCreateTaskDocument,
    "\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n    subtaskProgress {\n      total\n      done\n    }\n  }\n": types.WebTaskFieldsFragmentDoc,
    "\n  mutation WebUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WebUpdateTaskDocument,
    "\n  query WebProjectTasks($id: ID!, $status: TaskStatus, $first: Int!, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebTaskFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.WebProjectTasksDocument,
    "\n  query WebTask($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      description\n      status\n      priority\n      acceptanceCriteria\n      project {\n        id\n        name\n      }\n    }\n  }\n": types.WebTaskDocument,
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
export function graphql(source: "\n  fragment WebSubtaskFields on Subtask {\n    id\n    title\n    description\n    done\n    completedAt\n    position\n    version\n  }\n"): (typeof documents)["\n  fragment WebSubtaskFields on Subtask {\n    id\n    title\n    description\n    done\n    completedAt\n    position\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebConflictFields on ConflictError {\n    message\n    currentVersion\n    current {\n      ...WebSubtaskFields\n    }\n  }\n"): (typeof documents)["\n  fragment WebConflictFields on ConflictError {\n    message\n    currentVersion\n    current {\n      ...WebSubtaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTaskSubtasks($id: ID!, $first: Int!) {\n    task(id: $id) {\n      id\n      subtaskProgress {\n        total\n        done\n      }\n      subtasks(first: $first) {\n        totalCount\n        edges {\n          node {\n            ...WebSubtaskFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebTaskSubtasks($id: ID!, $first: Int!) {\n    task(id: $id) {\n      id\n      subtaskProgress {\n        total\n        done\n      }\n      subtasks(first: $first) {\n        totalCount\n        edges {\n          node {\n            ...WebSubtaskFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebCreateSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateSubtask($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebUpdateSubtask($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCompleteSubtask($input: SubtaskVersionInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebCompleteSubtask($input: SubtaskVersionInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebReopenSubtask($input: SubtaskVersionInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebReopenSubtask($input: SubtaskVersionInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebMoveSubtask($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebMoveSubtask($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload {\n        subtask {\n          ...WebSubtaskFields\n        }\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteSubtask($input: SubtaskVersionInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload {\n        deletedSubtaskId\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebDeleteSubtask($input: SubtaskVersionInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload {\n        deletedSubtaskId\n      }\n      ... on ConflictError {\n        ...WebConflictFields\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task {\n          ...WebTaskFields\n        }\n      }\n      ... on ValidationError {\n        ...WebValidationErrorFields\n      }\n      ... on NotFoundError {\n        type\n        id\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n    subtaskProgress {\n      total\n      done\n    }\n  }\n"): (typeof documents)["\n  fragment WebTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    createdAt\n    updatedAt\n    startedAt\n    completedAt\n    subtaskProgress {\n      total\n      done\n    }\n  }\n"];
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
export function graphql(source: "\n  query WebTask($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      description\n      status\n      priority\n      acceptanceCriteria\n      project {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebTask($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      description\n      status\n      priority\n      acceptanceCriteria\n      project {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebValidationErrorFields on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment WebValidationErrorFields on ValidationError {\n    message\n    fields {\n      path\n      message\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;