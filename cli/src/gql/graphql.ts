/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new project. */
export type CreateProjectInput = {
  /** Longer description (up to 10 000 characters). */
  description?: string | null | undefined;
  /** Short human name (1–200 characters). */
  name: string;
  /** Directory agents work in. */
  workingDir?: string | null | undefined;
};

/** A new task in a project. */
export type CreateTaskInput = {
  /** Conditions for done, in order (up to 100). */
  acceptanceCriteria?: Array<string> | null | undefined;
  /** What to do (up to 10 000 characters). */
  description?: string | null | undefined;
  /** Priority (default MEDIUM). */
  priority?: TaskPriority | null | undefined;
  /** The project's global ID. */
  projectId: string | number;
  /** Initial status (default TODO). */
  status?: TaskStatus | null | undefined;
  /** Short title (1–200 characters). */
  title: string;
};

/** Which events to return; all given conditions must hold. */
export type EventFilter = {
  /** Only events of these kinds. */
  kinds?: Array<EventKind> | null | undefined;
  /** Only events of this project. */
  projectId?: string | number | null | undefined;
  /** Only events of this session. */
  sessionId?: string | number | null | undefined;
  /** Only events of this subtask. */
  subtaskId?: string | number | null | undefined;
  /** Only events of this task. */
  taskId?: string | number | null | undefined;
};

/** What an event records. */
export type EventKind =
  | 'HOOK_RECEIVED'
  | 'PROJECT_CREATED'
  | 'PROJECT_DELETED'
  | 'PROJECT_UPDATED'
  | 'SESSION_CREATED'
  | 'SESSION_STATUS_CHANGED'
  | 'SESSION_TASK_LINKED'
  | 'SESSION_TASK_UNLINKED'
  | 'SESSION_UPDATED'
  | 'SUBTASK_COMPLETED'
  | 'SUBTASK_CREATED'
  | 'SUBTASK_DELETED'
  | 'SUBTASK_MOVED'
  | 'SUBTASK_REOPENED'
  | 'SUBTASK_UPDATED'
  | 'TASK_CREATED'
  | 'TASK_DELETED'
  | 'TASK_UPDATED';

/** Which sessions a skill is assigned to (manifest.json `assignTo`). */
export type SkillAssignment =
  /** Every session. */
  | 'ALL'
  /** Orchestrator sessions only. */
  | 'ORCHESTRATOR'
  /** Worker sessions only. */
  | 'WORKER';

/** The rule a skill breaks. */
export type SkillIssueCode =
  /** The skill is part of a dependency cycle (the message names it). */
  | 'DEPENDENCY_CYCLE'
  /** A dependency is itself invalid. */
  | 'DEPENDENCY_INVALID'
  /** A dependency is found in no scope. */
  | 'DEPENDENCY_MISSING'
  /** SKILL.md front matter is not YAML, or lacks name or description. */
  | 'FRONT_MATTER_INVALID'
  /** SKILL.md front matter name or description differs from the manifest. */
  | 'FRONT_MATTER_MISMATCH'
  /** SKILL.md does not start with YAML front matter. */
  | 'FRONT_MATTER_MISSING'
  /** SKILL.md has nothing after its front matter. */
  | 'INSTRUCTIONS_EMPTY'
  /** A manifest field breaks a rule (see field and message). */
  | 'MANIFEST_FIELD'
  /** manifest.json is not valid JSON. */
  | 'MANIFEST_INVALID_JSON'
  /** The directory has no manifest.json. */
  | 'MANIFEST_MISSING'
  /** manifest.json has a field Maestro does not know (a typo?). */
  | 'MANIFEST_UNKNOWN_FIELD'
  /** The manifest names the skill differently from its directory. */
  | 'NAME_DIRECTORY_MISMATCH'
  /** The directory has no SKILL.md. */
  | 'SKILL_MD_MISSING';

/** The role of the session a skill is for. */
export type SkillRole =
  /** Sessions that plan, spawn workers and review. */
  | 'ORCHESTRATOR'
  /** Sessions that work on tasks. */
  | 'WORKER';

/** Where a skill was found. Later scopes override earlier ones by name: BUNDLED, then USER, then PROJECT. */
export type SkillScope =
  /** Shipped with Maestro (the repository's skills/ directory). */
  | 'BUNDLED'
  /** The project's <workingDir>/.maestro/skills directory. */
  | 'PROJECT'
  /** The user's skills directory (--skills-dir, default ~/.agents-ui/maestro-skills). */
  | 'USER';

/** How urgent a task is. */
export type TaskPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Where a task is in its life. */
export type TaskStatus =
  /** Cannot go on until something outside the task changes. */
  | 'BLOCKED'
  /** Will not be done. */
  | 'CANCELLED'
  /** Finished and accepted. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Done by its worker, waiting for review. */
  | 'IN_REVIEW'
  /** Not started. */
  | 'TODO';

/** Changes to a task; omitted fields keep their value. */
export type UpdateTaskInput = {
  /** Replaces the acceptance criteria. */
  acceptanceCriteria?: Array<string> | null | undefined;
  /** New description (up to 10 000 characters). */
  description?: string | null | undefined;
  /** The task's global ID. */
  id: string | number;
  /** New priority. */
  priority?: TaskPriority | null | undefined;
  /** When given, the task must belong to this project (guards against editing the wrong one). */
  projectId?: string | number | null | undefined;
  /** New status; startedAt and completedAt follow it. */
  status?: TaskStatus | null | undefined;
  /** New title (1–200 characters). */
  title?: string | null | undefined;
};

export type CliEventsPageQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliEventsPageQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, payload: unknown, createdAt: string } }> } };

export type CliEventsHistoryQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliEventsHistoryQuery = { events: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, payload: unknown, createdAt: string } }> } };

export type CliProjectCreateMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CliProjectCreateMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliProjectListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CliProjectListQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string } }> } };

export type CliProjectShowQueryVariables = Exact<{
  id: string | number;
  tasks: number;
}>;


export type CliProjectShowQuery = { project: { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string, tasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }> } } | null };

export type SklInfoQueryVariables = Exact<{
  name: string;
  projectId?: string | number | null | undefined;
}>;


export type SklInfoQuery = { skill: { name: string, version: string | null, description: string | null, assignTo: SkillAssignment | null, capabilities: Array<string>, dependencies: Array<string>, contentHash: string, scope: SkillScope, path: string, valid: boolean, content: string | null, overrides: Array<{ scope: SkillScope, path: string, version: string | null, contentHash: string }>, issues: Array<{ code: SkillIssueCode, field: string | null, message: string }> } | null };

export type SklListQueryVariables = Exact<{
  role?: SkillRole | null | undefined;
  projectId?: string | number | null | undefined;
}>;


export type SklListQuery = { skills: Array<{ name: string, version: string | null, description: string | null, assignTo: SkillAssignment | null, scope: SkillScope, path: string, contentHash: string, dependencies: Array<string>, valid: boolean, overrides: Array<{ scope: SkillScope, path: string }>, issues: Array<{ code: SkillIssueCode, field: string | null, message: string }> }>, skillScopes: Array<{ scope: SkillScope, path: string | null, exists: boolean, skillNames: Array<string> }> };

export type CliTaskCreateMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CliTaskCreateMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliTaskListQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
  status?: TaskStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliTaskListQuery = { tasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }> } };

export type CliTaskShowQueryVariables = Exact<{
  id: string | number;
  events: number;
}>;


export type CliTaskShowQuery = { task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, events: { totalCount: number, edges: Array<{ node: { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, payload: unknown, createdAt: string } }> }, project: { id: string, name: string } } | null };

export type CliTaskUpdateMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type CliTaskUpdateMutation = { updateTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateTaskPayload', task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliProjectFieldsFragment = { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string };

export type CliTaskFieldsFragment = { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } };

export type CliEventFieldsFragment = { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, payload: unknown, createdAt: string };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CliProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}
    `, {"fragmentName":"CliProjectFields"}) as unknown as TypedDocumentString<CliProjectFieldsFragment, unknown>;
export const CliTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}
    `, {"fragmentName":"CliTaskFields"}) as unknown as TypedDocumentString<CliTaskFieldsFragment, unknown>;
export const CliEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  payload
  createdAt
}
    `, {"fragmentName":"CliEventFields"}) as unknown as TypedDocumentString<CliEventFieldsFragment, unknown>;
export const CliEventsPageDocument = new TypedDocumentString(`
    query CliEventsPage($filter: EventFilter, $first: Int!, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliEventFields
      }
    }
  }
}
    fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  payload
  createdAt
}`) as unknown as TypedDocumentString<CliEventsPageQuery, CliEventsPageQueryVariables>;
export const CliEventsHistoryDocument = new TypedDocumentString(`
    query CliEventsHistory($filter: EventFilter, $first: Int!, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliEventFields
      }
    }
  }
}
    fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  payload
  createdAt
}`) as unknown as TypedDocumentString<CliEventsHistoryQuery, CliEventsHistoryQueryVariables>;
export const CliProjectCreateDocument = new TypedDocumentString(`
    mutation CliProjectCreate($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        ...CliProjectFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CliProjectCreateMutation, CliProjectCreateMutationVariables>;
export const CliProjectListDocument = new TypedDocumentString(`
    query CliProjectList($first: Int!, $after: String) {
  projects(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliProjectFields
      }
    }
  }
}
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CliProjectListQuery, CliProjectListQueryVariables>;
export const CliProjectShowDocument = new TypedDocumentString(`
    query CliProjectShow($id: ID!, $tasks: Int!) {
  project(id: $id) {
    ...CliProjectFields
    tasks(first: $tasks) {
      totalCount
      edges {
        node {
          ...CliTaskFields
        }
      }
    }
  }
}
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}
fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliProjectShowQuery, CliProjectShowQueryVariables>;
export const SklInfoDocument = new TypedDocumentString(`
    query SklInfo($name: String!, $projectId: ID) {
  skill(name: $name, projectId: $projectId) {
    name
    version
    description
    assignTo
    capabilities
    dependencies
    contentHash
    scope
    path
    valid
    overrides {
      scope
      path
      version
      contentHash
    }
    issues {
      code
      field
      message
    }
    content
  }
}
    `) as unknown as TypedDocumentString<SklInfoQuery, SklInfoQueryVariables>;
export const SklListDocument = new TypedDocumentString(`
    query SklList($role: SkillRole, $projectId: ID) {
  skills(role: $role, projectId: $projectId) {
    name
    version
    description
    assignTo
    scope
    path
    contentHash
    dependencies
    valid
    overrides {
      scope
      path
    }
    issues {
      code
      field
      message
    }
  }
  skillScopes(projectId: $projectId) {
    scope
    path
    exists
    skillNames
  }
}
    `) as unknown as TypedDocumentString<SklListQuery, SklListQueryVariables>;
export const CliTaskCreateDocument = new TypedDocumentString(`
    mutation CliTaskCreate($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        ...CliTaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliTaskCreateMutation, CliTaskCreateMutationVariables>;
export const CliTaskListDocument = new TypedDocumentString(`
    query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {
  tasks(projectId: $projectId, status: $status, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliTaskFields
      }
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliTaskListQuery, CliTaskListQueryVariables>;
export const CliTaskShowDocument = new TypedDocumentString(`
    query CliTaskShow($id: ID!, $events: Int!) {
  task(id: $id) {
    ...CliTaskFields
    events(last: $events) {
      totalCount
      edges {
        node {
          ...CliEventFields
        }
      }
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}
fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  payload
  createdAt
}`) as unknown as TypedDocumentString<CliTaskShowQuery, CliTaskShowQueryVariables>;
export const CliTaskUpdateDocument = new TypedDocumentString(`
    mutation CliTaskUpdate($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on UpdateTaskPayload {
      task {
        ...CliTaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliTaskUpdateMutation, CliTaskUpdateMutationVariables>;