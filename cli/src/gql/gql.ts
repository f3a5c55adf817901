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
    "\n  mutation CliRunnerDeclareDead($input: RunnerDeclareHostDeadInput!) {\n    runnerDeclareHostDead(input: $input) {\n      __typename\n      ... on RunnerDeclareHostDeadPayload { host { id status lastSeenAt launched } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliRunnerDeclareDeadDocument,
    "\n  query CliRunnerHosts { runnerHosts { id status firstSeenAt lastSeenAt declaredDeadAt launched } }\n": typeof types.CliRunnerHostsDocument,
    "\n  query CliAgentProfiles { agentProfiles { name description isDefault } }\n": typeof types.CliAgentProfilesDocument,
    "\n  mutation CliSessionCleanup($input: CleanupSessionWorktreeInput!) {\n    cleanupSessionWorktree(input: $input) {\n      __typename\n      ... on CleanupSessionWorktreePayload { session { id spawn { worktree { path branch removedAt } } } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSessionCleanupDocument,
    "\n  query CliSessionList($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int!, $after: String) {\n    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name role status toolCallCount lastEvidenceAt createdAt needsInput { kind message since } project { id } } }\n    }\n  }\n": typeof types.CliSessionListDocument,
    "\n  mutation CliRegisterSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      __typename\n      ... on CreateSessionPayload { token session { id name role status project { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message }\n      ... on BaseError { message }\n    }\n  }\n": typeof types.CliRegisterSessionDocument,
    "\n  query CliSessionShow($id: ID!) {\n    session(id: $id) {\n      id name role status agentSessionId cwd createdAt startedAt endedAt lastEvidenceAt\n      project { id name }\n      parent { id }\n      tasks(first: 20) { edges { node { id title status } } }\n      needsInput { since kind message }\n      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests\n      toolCalls { tool calls completed failures totalDurationMs }\n      filesTouched { written onlyRead }\n      subagents { agentId agentType running toolCalls failures lastAssistantMessage }\n      model title lastPrompt lastAssistantMessage\n      lastError { at error details message }\n      spawn { state pid exitCode exitSignal outputTail launchedAt exitedAt stopRequestedAt worktree { path branch repository removedAt } }\n    }\n  }\n": typeof types.CliSessionShowDocument,
    "\n  mutation CliSessionSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) {\n      __typename\n      ... on SpawnSessionPayload {\n        manifestPath\n        session { id name role status cwd parent { id } spawn { worktree { path branch } } }\n        skills { name version contentHash scope }\n      }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSessionSpawnDocument,
    "\n  query CliSessionSpawnTask($id: ID!) { task(id: $id) { id project { id } } }\n": typeof types.CliSessionSpawnTaskDocument,
    "\n  query CliSessionOutcome($id: ID!) {\n    session(id: $id) { id status endedAt lastError { error message } spawn { state exitCode exitSignal } }\n  }\n": typeof types.CliSessionOutcomeDocument,
    "\n  query CliSessionExists($id: ID!) { session(id: $id) { id status } }\n": typeof types.CliSessionExistsDocument,
    "\n  query SklInfo($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n      content\n    }\n  }\n": typeof types.SklInfoDocument,
    "\n  query SklList($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      scope\n      path\n      contentHash\n      dependencies\n      valid\n      overrides { scope path }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n": typeof types.SklListDocument,
    "\n  mutation CliSubtaskAdd($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubtaskAddDocument,
    "\n  fragment CliSubtaskFields on Subtask {\n    id\n    title\n    description\n    done\n    completedAt\n    position\n    version\n    createdAt\n    updatedAt\n    task { id title }\n  }\n": typeof types.CliSubtaskFieldsFragmentDoc,
    "\n  mutation CliSubtaskDone($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubtaskDoneDocument,
    "\n  mutation CliSubtaskEdit($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubtaskEditDocument,
    "\n  query CliSubtaskList($id: ID!, $first: Int!, $after: String) {\n    task(id: $id) {\n      id\n      title\n      subtaskProgress { total done }\n      subtasks(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...CliSubtaskFields } }\n      }\n    }\n  }\n": typeof types.CliSubtaskListDocument,
    "\n  mutation CliSubtaskMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubtaskMoveDocument,
    "\n  mutation CliSubtaskRemove($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload { deletedSubtaskId }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubtaskRemoveDocument,
    "\n  mutation CliSubtaskUndo($input: ReopenSubtaskInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubtaskUndoDocument,
    "\n  mutation CliTaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliTaskCreateDocument,
    "\n  query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliTaskFields } }\n    }\n  }\n": typeof types.CliTaskListDocument,
    "\n  query CliTaskShow($id: ID!, $events: Int!) {\n    task(id: $id) {\n      ...CliTaskFields\n      events(last: $events) { totalCount edges { node { ...CliEventFields } } }\n    }\n  }\n": typeof types.CliTaskShowDocument,
    "\n  mutation CliTaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliTaskUpdateDocument,
    "\n  fragment CliProjectFields on Project {\n    id\n    name\n    description\n    workingDir\n    createdAt\n    updatedAt\n  }\n": typeof types.CliProjectFieldsFragmentDoc,
    "\n  fragment CliTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    startedAt\n    completedAt\n    createdAt\n    updatedAt\n    project { id name }\n  }\n": typeof types.CliTaskFieldsFragmentDoc,
    "\n  fragment CliEventFields on Event {\n    seq\n    cursor\n    kind\n    projectId\n    taskId\n    subtaskId\n    sessionId\n    actor\n    hookEvent\n    toolName\n    payload\n    createdAt\n  }\n": typeof types.CliEventFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query CliEventsPage($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n": types.CliEventsPageDocument,
    "\n  query CliEventsHistory($filter: EventFilter, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliEventFields } }\n    }\n  }\n": types.CliEventsHistoryDocument,
    "\n  mutation CliProjectCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { ...CliProjectFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliProjectCreateDocument,
    "\n  query CliProjectList($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliProjectFields } }\n    }\n  }\n": types.CliProjectListDocument,
    "\n  query CliProjectShow($id: ID!, $tasks: Int!) {\n    project(id: $id) {\n      ...CliProjectFields\n      tasks(first: $tasks) {\n        totalCount\n        edges { node { ...CliTaskFields } }\n      }\n    }\n  }\n": types.CliProjectShowDocument,
    "\n  mutation CliRunnerDeclareDead($input: RunnerDeclareHostDeadInput!) {\n    runnerDeclareHostDead(input: $input) {\n      __typename\n      ... on RunnerDeclareHostDeadPayload { host { id status lastSeenAt launched } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliRunnerDeclareDeadDocument,
    "\n  query CliRunnerHosts { runnerHosts { id status firstSeenAt lastSeenAt declaredDeadAt launched } }\n": types.CliRunnerHostsDocument,
    "\n  query CliAgentProfiles { agentProfiles { name description isDefault } }\n": types.CliAgentProfilesDocument,
    "\n  mutation CliSessionCleanup($input: CleanupSessionWorktreeInput!) {\n    cleanupSessionWorktree(input: $input) {\n      __typename\n      ... on CleanupSessionWorktreePayload { session { id spawn { worktree { path branch removedAt } } } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSessionCleanupDocument,
    "\n  query CliSessionList($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int!, $after: String) {\n    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name role status toolCallCount lastEvidenceAt createdAt needsInput { kind message since } project { id } } }\n    }\n  }\n": types.CliSessionListDocument,
    "\n  mutation CliRegisterSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      __typename\n      ... on CreateSessionPayload { token session { id name role status project { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message }\n      ... on BaseError { message }\n    }\n  }\n": types.CliRegisterSessionDocument,
    "\n  query CliSessionShow($id: ID!) {\n    session(id: $id) {\n      id name role status agentSessionId cwd createdAt startedAt endedAt lastEvidenceAt\n      project { id name }\n      parent { id }\n      tasks(first: 20) { edges { node { id title status } } }\n      needsInput { since kind message }\n      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests\n      toolCalls { tool calls completed failures totalDurationMs }\n      filesTouched { written onlyRead }\n      subagents { agentId agentType running toolCalls failures lastAssistantMessage }\n      model title lastPrompt lastAssistantMessage\n      lastError { at error details message }\n      spawn { state pid exitCode exitSignal outputTail launchedAt exitedAt stopRequestedAt worktree { path branch repository removedAt } }\n    }\n  }\n": types.CliSessionShowDocument,
    "\n  mutation CliSessionSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) {\n      __typename\n      ... on SpawnSessionPayload {\n        manifestPath\n        session { id name role status cwd parent { id } spawn { worktree { path branch } } }\n        skills { name version contentHash scope }\n      }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSessionSpawnDocument,
    "\n  query CliSessionSpawnTask($id: ID!) { task(id: $id) { id project { id } } }\n": types.CliSessionSpawnTaskDocument,
    "\n  query CliSessionOutcome($id: ID!) {\n    session(id: $id) { id status endedAt lastError { error message } spawn { state exitCode exitSignal } }\n  }\n": types.CliSessionOutcomeDocument,
    "\n  query CliSessionExists($id: ID!) { session(id: $id) { id status } }\n": types.CliSessionExistsDocument,
    "\n  query SklInfo($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n      content\n    }\n  }\n": types.SklInfoDocument,
    "\n  query SklList($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      scope\n      path\n      contentHash\n      dependencies\n      valid\n      overrides { scope path }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n": types.SklListDocument,
    "\n  mutation CliSubtaskAdd($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubtaskAddDocument,
    "\n  fragment CliSubtaskFields on Subtask {\n    id\n    title\n    description\n    done\n    completedAt\n    position\n    version\n    createdAt\n    updatedAt\n    task { id title }\n  }\n": types.CliSubtaskFieldsFragmentDoc,
    "\n  mutation CliSubtaskDone($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubtaskDoneDocument,
    "\n  mutation CliSubtaskEdit($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubtaskEditDocument,
    "\n  query CliSubtaskList($id: ID!, $first: Int!, $after: String) {\n    task(id: $id) {\n      id\n      title\n      subtaskProgress { total done }\n      subtasks(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...CliSubtaskFields } }\n      }\n    }\n  }\n": types.CliSubtaskListDocument,
    "\n  mutation CliSubtaskMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubtaskMoveDocument,
    "\n  mutation CliSubtaskRemove($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload { deletedSubtaskId }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubtaskRemoveDocument,
    "\n  mutation CliSubtaskUndo($input: ReopenSubtaskInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubtaskUndoDocument,
    "\n  mutation CliTaskCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliTaskCreateDocument,
    "\n  query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliTaskFields } }\n    }\n  }\n": types.CliTaskListDocument,
    "\n  query CliTaskShow($id: ID!, $events: Int!) {\n    task(id: $id) {\n      ...CliTaskFields\n      events(last: $events) { totalCount edges { node { ...CliEventFields } } }\n    }\n  }\n": types.CliTaskShowDocument,
    "\n  mutation CliTaskUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { ...CliTaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CliTaskUpdateDocument,
    "\n  fragment CliProjectFields on Project {\n    id\n    name\n    description\n    workingDir\n    createdAt\n    updatedAt\n  }\n": types.CliProjectFieldsFragmentDoc,
    "\n  fragment CliTaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    acceptanceCriteria\n    startedAt\n    completedAt\n    createdAt\n    updatedAt\n    project { id name }\n  }\n": types.CliTaskFieldsFragmentDoc,
    "\n  fragment CliEventFields on Event {\n    seq\n    cursor\n    kind\n    projectId\n    taskId\n    subtaskId\n    sessionId\n    actor\n    hookEvent\n    toolName\n    payload\n    createdAt\n  }\n": types.CliEventFieldsFragmentDoc,
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
export function graphql(source: "\n  mutation CliRunnerDeclareDead($input: RunnerDeclareHostDeadInput!) {\n    runnerDeclareHostDead(input: $input) {\n      __typename\n      ... on RunnerDeclareHostDeadPayload { host { id status lastSeenAt launched } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliRunnerDeclareDeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliRunnerHosts { runnerHosts { id status firstSeenAt lastSeenAt declaredDeadAt launched } }\n"): typeof import('./graphql.js').CliRunnerHostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliAgentProfiles { agentProfiles { name description isDefault } }\n"): typeof import('./graphql.js').CliAgentProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSessionCleanup($input: CleanupSessionWorktreeInput!) {\n    cleanupSessionWorktree(input: $input) {\n      __typename\n      ... on CleanupSessionWorktreePayload { session { id spawn { worktree { path branch removedAt } } } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSessionCleanupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSessionList($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int!, $after: String) {\n    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name role status toolCallCount lastEvidenceAt createdAt needsInput { kind message since } project { id } } }\n    }\n  }\n"): typeof import('./graphql.js').CliSessionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliRegisterSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      __typename\n      ... on CreateSessionPayload { token session { id name role status project { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message }\n      ... on BaseError { message }\n    }\n  }\n"): typeof import('./graphql.js').CliRegisterSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSessionShow($id: ID!) {\n    session(id: $id) {\n      id name role status agentSessionId cwd createdAt startedAt endedAt lastEvidenceAt\n      project { id name }\n      parent { id }\n      tasks(first: 20) { edges { node { id title status } } }\n      needsInput { since kind message }\n      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests\n      toolCalls { tool calls completed failures totalDurationMs }\n      filesTouched { written onlyRead }\n      subagents { agentId agentType running toolCalls failures lastAssistantMessage }\n      model title lastPrompt lastAssistantMessage\n      lastError { at error details message }\n      spawn { state pid exitCode exitSignal outputTail launchedAt exitedAt stopRequestedAt worktree { path branch repository removedAt } }\n    }\n  }\n"): typeof import('./graphql.js').CliSessionShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSessionSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) {\n      __typename\n      ... on SpawnSessionPayload {\n        manifestPath\n        session { id name role status cwd parent { id } spawn { worktree { path branch } } }\n        skills { name version contentHash scope }\n      }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSessionSpawnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSessionSpawnTask($id: ID!) { task(id: $id) { id project { id } } }\n"): typeof import('./graphql.js').CliSessionSpawnTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSessionOutcome($id: ID!) {\n    session(id: $id) { id status endedAt lastError { error message } spawn { state exitCode exitSignal } }\n  }\n"): typeof import('./graphql.js').CliSessionOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSessionExists($id: ID!) { session(id: $id) { id status } }\n"): typeof import('./graphql.js').CliSessionExistsDocument;
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
export function graphql(source: "\n  mutation CliSubtaskAdd($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubtaskAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliSubtaskFields on Subtask {\n    id\n    title\n    description\n    done\n    completedAt\n    position\n    version\n    createdAt\n    updatedAt\n    task { id title }\n  }\n"): typeof import('./graphql.js').CliSubtaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubtaskDone($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubtaskDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubtaskEdit($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubtaskEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSubtaskList($id: ID!, $first: Int!, $after: String) {\n    task(id: $id) {\n      id\n      title\n      subtaskProgress { total done }\n      subtasks(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...CliSubtaskFields } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CliSubtaskListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubtaskMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubtaskMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubtaskRemove($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload { deletedSubtaskId }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubtaskRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubtaskUndo($input: ReopenSubtaskInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload { subtask { ...CliSubtaskFields } }\n      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }\n      ... on ValidationError { message fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubtaskUndoDocument;
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
export function graphql(source: "\n  fragment CliEventFields on Event {\n    seq\n    cursor\n    kind\n    projectId\n    taskId\n    subtaskId\n    sessionId\n    actor\n    hookEvent\n    toolName\n    payload\n    createdAt\n  }\n"): typeof import('./graphql.js').CliEventFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
