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
    "\n  mutation BenchFoundationProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n": typeof types.BenchFoundationProjectDocument,
    "\n  mutation BenchFoundationTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": typeof types.BenchFoundationTaskDocument,
    "\n  mutation Perf19Project($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n": typeof types.Perf19ProjectDocument,
    "\n  mutation Perf19Task($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id title status priority createdAt } } ... on Error { message } }\n  }\n": typeof types.Perf19TaskDocument,
    "\n  mutation Perf19Subtask($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }\n": typeof types.Perf19SubtaskDocument,
    "\n  query Perf19Tasks($projectId: ID!, $after: String) {\n    project(id: $projectId) {\n      tasks(first: 100, after: $after) { edges { node { id title status priority createdAt updatedAt } } pageInfo { endCursor hasNextPage } }\n    }\n  }\n": typeof types.Perf19TasksDocument,
    "\n  mutation AbProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n": typeof types.AbProjectDocument,
    "\n  mutation AbTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } }\n  }\n": typeof types.AbTaskDocument,
    "\n  mutation BenchSubProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } } }\n": typeof types.BenchSubProjectDocument,
    "\n  mutation BenchSubTask($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } } }\n": typeof types.BenchSubTaskDocument,
    "\n  mutation BenchSubCreate($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }\n": typeof types.BenchSubCreateDocument,
    "\n  mutation BenchSubBatch($input: CreateSubtasksInput!) { createSubtasks(input: $input) { __typename } }\n": typeof types.BenchSubBatchDocument,
    "\n  query BenchSubBoard($projectId: ID!) {\n    project(id: $projectId) {\n      tasks(first: 50) { edges { node { id title subtaskProgress { total done } subtasks(first: 20) { edges { node { id title done position version } } } } } }\n    }\n  }\n": typeof types.BenchSubBoardDocument,
    "\n  query CliSubTestState($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { edges { node { id title description done version } } }\n      created: events(kinds: [SUBTASK_CREATED], first: 1) { totalCount }\n    }\n  }\n": typeof types.CliSubTestStateDocument,
    "\n  mutation CliSubTestSeed($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubTestSeedDocument,
    "\n  mutation CliSubTestComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.CliSubTestCompleteDocument,
    "\n  mutation CliSubTestRename($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CliSubTestRenameDocument,
    "\n  query EvHistory($after: String) { events(first: 5, after: $after) { edges { node { seq } } } }\n": typeof types.EvHistoryDocument,
    "\n  mutation EvCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.EvCreateProjectDocument,
    "\n  mutation EvCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.EvCreateTaskDocument,
    "\n  mutation EvUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": typeof types.EvUpdateTaskDocument,
    "\n  mutation EvDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": typeof types.EvDeleteTaskDocument,
    "\n  query EvHead { events(last: 1) { pageInfo { endCursor } edges { node { seq cursor } } } }\n": typeof types.EvHeadDocument,
    "\n  subscription EvEvents($after: String, $fromStart: Boolean, $filter: EventFilter) {\n    events(after: $after, fromStart: $fromStart, filter: $filter) { seq cursor kind projectId taskId payload createdAt }\n  }\n": typeof types.EvEventsDocument,
    "\n  mutation HkCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": typeof types.HkCreateProjectDocument,
    "\n  mutation HkCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": typeof types.HkCreateTaskDocument,
    "\n  mutation HkCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      __typename\n      ... on CreateSessionPayload { token session { id name role status cwd agentSessionId createdAt tasks { totalCount edges { node { id } } } parent { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.HkCreateSessionDocument,
    "\n  query HkSessionStatus($id: ID!) {\n    session(id: $id) {\n      id status agentSessionId cwd startedAt endedAt lastEvidenceAt\n      needsInput { since kind message }\n      toolCallCount pendingToolCalls failures permissionRequests\n      toolCalls { tool calls completed failures totalDurationMs }\n      filesTouched { written onlyRead }\n      subagents { agentId agentType running toolCalls failures lastAssistantMessage toolUseId }\n      model title lastPrompt lastAssistantMessage\n    }\n  }\n": typeof types.HkSessionStatusDocument,
    "\n  query HkSessionEvents($id: ID!, $first: Int, $after: String, $kinds: [EventKind!]) {\n    session(id: $id) {\n      events(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { seq kind hookEvent toolName toolUseId agentId payload actor } }\n      }\n    }\n  }\n": typeof types.HkSessionEventsDocument,
    "\n  query RcSession($id: ID!) {\n    session(id: $id) {\n      status needsInput { kind message } lastPrompt lastAssistantMessage model\n      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests\n      toolCalls { tool calls completed failures }\n      subagents { agentId agentType toolCalls }\n      lastError { at error details message }\n    }\n  }\n": typeof types.RcSessionDocument,
    "\n  query RcSessionsByStatus($projectId: ID!, $status: SessionStatus!) {\n    sessions(projectId: $projectId, status: $status, first: 100) { edges { node { id } } }\n  }\n": typeof types.RcSessionsByStatusDocument,
    "\n  mutation RcSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) { __typename ... on SpawnSessionPayload { session { id model } token } ... on Error { message } }\n  }\n": typeof types.RcSpawnDocument,
    "\n  mutation HkReportSessionExit($input: ReportSessionExitInput!) {\n    reportSessionExit(input: $input) { __typename ... on ReportSessionExitPayload { session { status endedAt } } ... on Error { message } }\n  }\n": typeof types.HkReportSessionExitDocument,
    "\n  mutation RnCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": typeof types.RnCreateProjectDocument,
    "\n  mutation RnCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": typeof types.RnCreateTaskDocument,
    "\n  mutation RnSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) {\n      __typename\n      ... on SpawnSessionPayload { token manifestPath session { id status role } skills { name version contentHash scope reason } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RnSpawnDocument,
    "\n  mutation RnStop($input: StopSessionInput!) {\n    stopSession(input: $input) { __typename ... on StopSessionPayload { session { id status } } ... on Error { message } }\n  }\n": typeof types.RnStopDocument,
    "\n  query RnSession($id: ID!) {\n    session(id: $id) {\n      id status role\n      parent { id }\n      children(first: 10) { edges { node { id role } } }\n      skills { name version contentHash scope }\n      subtasks: tasks(first: 5) { edges { node { id subtasks(first: 20) { edges { node { title done } } } } } }\n      spawn { state attempts pid exitCode exitSignal outputTail runnerId stopRequestedAt sessionDir manifestPath }\n    }\n  }\n": typeof types.RnSessionDocument,
    "\n  mutation PrCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": typeof types.PrCreateProjectDocument,
    "\n  query PrSessionCwd($id: ID!) { session(id: $id) { id cwd spawn { sessionDir } } }\n": typeof types.PrSessionCwdDocument,
    "\n  mutation WtCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": typeof types.WtCreateProjectDocument,
    "\n  query WtSession($id: ID!) { session(id: $id) { id cwd spawn { state worktree { path branch repository removedAt } } } }\n": typeof types.WtSessionDocument,
    "\n  mutation ScaleCreateSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id position version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScaleCreateSubtaskDocument,
    "\n  mutation ScaleCompleteSubtask($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done version } }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n": typeof types.ScaleCompleteSubtaskDocument,
    "\n  query SrvLifecycleSnapshot {\n    projects(first: 100) { edges { node { id name tasks(first: 100) { edges { node { id title status } } } } } }\n    events(first: 100) { totalCount edges { cursor node { seq kind } } }\n  }\n": typeof types.SrvLifecycleSnapshotDocument,
    "\n  query SrvLifecycleTasks($projectId: ID!) { tasks(projectId: $projectId, first: 100) { edges { node { id } } } }\n": typeof types.SrvLifecycleTasksDocument,
    "\n  subscription SrvLifecycleLive { events { seq kind } }\n": typeof types.SrvLifecycleLiveDocument,
    "\n  mutation SrvUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectPayload { project { id name workingDir description updatedAt } }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.SrvUpdateProjectDocument,
    "\n  mutation SrvDeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) {\n      __typename\n      ... on DeleteProjectPayload { deletedProjectId }\n      ... on ProjectNotEmptyError { taskCount }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.SrvDeleteProjectDocument,
    "\n  mutation SrvUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task { id title description status priority acceptanceCriteria startedAt completedAt updatedAt project { id } }\n      }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.SrvUpdateTaskDocument,
    "\n  mutation SrvDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on DeleteTaskPayload { deletedTaskId }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.SrvDeleteTaskDocument,
    "\n  query SrvMutationState {\n    projects(first: 100) {\n      edges {\n        node {\n          id name workingDir description updatedAt\n          tasks(first: 100) { edges { node { id title description status priority acceptanceCriteria startedAt completedAt updatedAt } } }\n        }\n      }\n    }\n    events(last: 1) { totalCount edges { node { seq kind } } }\n  }\n": typeof types.SrvMutationStateDocument,
    "\n  query SrvMutationTask($id: ID!) { task(id: $id) { id title status startedAt completedAt project { id } } }\n": typeof types.SrvMutationTaskDocument,
    "\n  query SrvMutationProject($id: ID!) { project(id: $id) { id name tasks(first: 10) { totalCount } } }\n": typeof types.SrvMutationProjectDocument,
    "\n  query SrvLatestEvents($last: Int!) { events(last: $last) { edges { node { seq kind projectId taskId payload } } } }\n": typeof types.SrvLatestEventsDocument,
    "\n  query SrvNPlusOneProjects {\n    projects(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          tasks(first: 50) {\n            totalCount\n            edges { node { id title status project { id name } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SrvNPlusOneProjectsDocument,
    "\n  query SrvNPlusOneTasks($first: Int!) { tasks(first: $first) { edges { node { id title project { id name } } } } }\n": typeof types.SrvNPlusOneTasksDocument,
    "\n  query SrvNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Project { name }\n      ... on Task { title project { id } }\n    }\n  }\n": typeof types.SrvNodeDocument,
    "\n  query SrvNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on Project { name } ... on Task { title } }\n  }\n": typeof types.SrvNodesDocument,
    "\n  query SrvProjects($first: Int, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.SrvProjectsDocument,
    "\n  query SrvTasks($projectId: ID, $status: TaskStatus, $first: Int, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      edges { cursor node { id title status project { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SrvTasksDocument,
    "\n  query SrvProjectTasks($id: ID!, $status: TaskStatus, $first: Int, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges { node { id title status } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.SrvProjectTasksDocument,
    "\n  mutation SrvCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name workingDir description createdAt updatedAt } }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.SrvCreateProjectDocument,
    "\n  mutation SrvCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task { id title description status priority acceptanceCriteria startedAt completedAt createdAt updatedAt project { id } }\n      }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.SrvCreateTaskDocument,
    "\n  query SrvTransportProjects { projects(first: 100) { totalCount edges { node { id name } } } }\n": typeof types.SrvTransportProjectsDocument,
    "\n  subscription SrvTransportEvents { events { seq kind projectId } }\n": typeof types.SrvTransportEventsDocument,
    "\n  mutation BfCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }\n  }\n": typeof types.BfCreateSessionDocument,
    "\n  query BfBoard($id: ID!) {\n    project(id: $id) {\n      sessionsNeedingInput\n      tasks(first: 10) { edges { node { title liveSession { id status activity activityAt needsInput { kind message } } } } }\n    }\n  }\n": typeof types.BfBoardDocument,
    "\n  mutation HkUpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      __typename\n      ... on UpdateSessionPayload { session { id name role cwd parent { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message }\n      ... on Error { message }\n    }\n  }\n": typeof types.HkUpdateSessionDocument,
    "\n  mutation HkLinkSessionTask($input: LinkSessionTaskInput!) {\n    linkSessionTask(input: $input) {\n      __typename\n      ... on LinkSessionTaskPayload { session { id tasks { totalCount edges { node { id } } } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.HkLinkSessionTaskDocument,
    "\n  mutation HkUnlinkSessionTask($input: UnlinkSessionTaskInput!) {\n    unlinkSessionTask(input: $input) {\n      __typename\n      ... on UnlinkSessionTaskPayload { session { id tasks { totalCount } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.HkUnlinkSessionTaskDocument,
    "\n  query HkSessions($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int, $after: String) {\n    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name status project { id } } }\n    }\n  }\n": typeof types.HkSessionsDocument,
    "\n  query HkTaskSessions($id: ID!) {\n    task(id: $id) { sessions { totalCount edges { node { id name } } } }\n  }\n": typeof types.HkTaskSessionsDocument,
    "\n  query HkSessionTree($id: ID!) {\n    session(id: $id) { id parent { id } children { totalCount edges { node { id } } } }\n  }\n": typeof types.HkSessionTreeDocument,
    "\n  query HkSessionEventKinds($id: ID!) {\n    events(first: 100, filter: { sessionId: $id }) { edges { node { kind taskId payload } } }\n  }\n": typeof types.HkSessionEventKindsDocument,
    "\n  mutation SklCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SklCreateProjectDocument,
    "\n  query SklSkills($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      content\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n": typeof types.SklSkillsDocument,
    "\n  query SklSkill($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) { name version scope path content contentHash valid overrides { scope version } issues { code message } }\n  }\n": typeof types.SklSkillDocument,
    "\n  mutation SklCliCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SklCliCreateProjectDocument,
    "\n  mutation SmokeCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SmokeCreateProjectDocument,
    "\n  query SmokeProjects { projects(first: 5) { edges { node { id name } } } }\n": typeof types.SmokeProjectsDocument,
    "\n  mutation SubBoardAdd($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.SubBoardAddDocument,
    "\n  query SubBoard($projectId: ID!) {\n    project(id: $projectId) {\n      tasks(first: 50) {\n        edges {\n          node {\n            id\n            title\n            subtaskProgress { total done }\n            subtasks(first: 20) { totalCount edges { node { id title done position version task { id } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SubBoardDocument,
    "\n  mutation SubConcCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id position version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubConcCreateDocument,
    "\n  mutation SubConcUpdate($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { id title version } }\n      ... on ConflictError { currentVersion current { title version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubConcUpdateDocument,
    "\n  mutation SubConcComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done version } }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubConcCompleteDocument,
    "\n  query SubConcTask($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { totalCount edges { node { id title position version done } } }\n    }\n  }\n": typeof types.SubConcTaskDocument,
    "\n  mutation SubCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": typeof types.SubCreateProjectDocument,
    "\n  mutation SubCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": typeof types.SubCreateTaskDocument,
    "\n  mutation SubMutCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id title position version done task { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubMutCreateDocument,
    "\n  mutation SubMutCreateMany($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title } }\n      ... on ValidationError { fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubMutCreateManyDocument,
    "\n  mutation SubMutMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload { subtask { id version task { id } } }\n      ... on ValidationError { fields { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubMutMoveDocument,
    "\n  mutation SubMutComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done completedAt version } }\n      ... on ConflictError { currentVersion current { id done version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubMutCompleteDocument,
    "\n  mutation SubMutReopen($input: ReopenSubtaskInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload { subtask { id done completedAt version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubMutReopenDocument,
    "\n  mutation SubMutDelete($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload { deletedSubtaskId }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n": typeof types.SubMutDeleteDocument,
    "\n  query SubMutOrder($id: ID!) {\n    task(id: $id) { subtaskProgress { total done } subtasks(first: 100) { edges { node { title } } } }\n  }\n": typeof types.SubMutOrderDocument,
    "\n  query SubMutNode($id: ID!) { node(id: $id) { __typename ... on Subtask { title task { title } } } }\n": typeof types.SubMutNodeDocument,
    "\n  mutation SubOrdCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }\n  }\n": typeof types.SubOrdCreateDocument,
    "\n  mutation SubOrdMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.SubOrdMoveDocument,
    "\n  mutation SubOrdDelete($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.SubOrdDeleteDocument,
    "\n  query SubOrdPage($id: ID!, $after: String) {\n    task(id: $id) { subtasks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id position } } } }\n  }\n": typeof types.SubOrdPageDocument,
    "\n  mutation WebActCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebActCreateSubtasksDocument,
    "\n  mutation WebActMoveSubtask($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.WebActMoveSubtaskDocument,
    "\n  mutation WebSeedProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": typeof types.WebSeedProjectDocument,
    "\n  mutation WebSeedTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": typeof types.WebSeedTaskDocument,
    "\n  mutation WebSeedSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }\n  }\n": typeof types.WebSeedSubtaskDocument,
    "\n  mutation WebSeedSession($input: CreateSessionInput!) {\n    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }\n  }\n": typeof types.WebSeedSessionDocument,
    "\n  mutation WebSeedCompleteSubtask($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.WebSeedCompleteSubtaskDocument,
    "\n  mutation WebSeedUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.WebSeedUpdateTaskDocument,
    "\n  mutation WebSeedDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.WebSeedDeleteTaskDocument,
    "\n  query WebSeedTaskStatus($id: ID!) { task(id: $id) { id status } }\n": typeof types.WebSeedTaskStatusDocument,
    "\n  mutation WebSeedReportExit($input: ReportSessionExitInput!) {\n    reportSessionExit(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.WebSeedReportExitDocument,
    "\n  mutation WebLiveCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebLiveCreateProjectDocument,
    "\n  mutation WebLiveCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebLiveCreateTaskDocument,
    "\n  mutation WebLiveUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": typeof types.WebLiveUpdateTaskDocument,
    "\n  query WebLiveProjectEvents($id: ID!) {\n    project(id: $id) { events(first: 100) { edges { node { seq } } } }\n  }\n": typeof types.WebLiveProjectEventsDocument,
    "\n  mutation WebSubCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebSubCreateProjectDocument,
    "\n  mutation WebSubCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebSubCreateTaskDocument,
    "\n  mutation WebSubCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebSubCreateSubtasksDocument,
    "\n  mutation WebSubUpdateSubtask($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebSubUpdateSubtaskDocument,
    "\n  query WebSubTaskSubtasks($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { edges { node { id title done version } } }\n    }\n  }\n": typeof types.WebSubTaskSubtasksDocument,
    "\n  mutation WebTpCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebTpCreateSubtasksDocument,
    "\n  mutation WebTpUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.WebTpUpdateTaskDocument,
    "\n  query WebTpStoredTask($id: ID!) {\n    task(id: $id) { status priority subtasks(first: 100) { edges { node { title done } } } }\n  }\n": typeof types.WebTpStoredTaskDocument,
    "\n  mutation WebTestCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebTestCreateProjectDocument,
    "\n  mutation WebTestCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id title } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebTestCreateTaskDocument,
    "\n  mutation WebTestDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": typeof types.WebTestDeleteTaskDocument,
    "\n  query WebTestProjects { projects(first: 100) { totalCount edges { node { id name workingDir } } } }\n": typeof types.WebTestProjectsDocument,
    "\n  query WebTestProjectTasks($id: ID!) {\n    project(id: $id) {\n      tasks(first: 100) {\n        totalCount\n        edges { node { id title description status priority acceptanceCriteria startedAt } }\n      }\n    }\n  }\n": typeof types.WebTestProjectTasksDocument,
};
const documents: Documents = {
    "\n  mutation BenchFoundationProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n": types.BenchFoundationProjectDocument,
    "\n  mutation BenchFoundationTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": types.BenchFoundationTaskDocument,
    "\n  mutation Perf19Project($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n": types.Perf19ProjectDocument,
    "\n  mutation Perf19Task($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id title status priority createdAt } } ... on Error { message } }\n  }\n": types.Perf19TaskDocument,
    "\n  mutation Perf19Subtask($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }\n": types.Perf19SubtaskDocument,
    "\n  query Perf19Tasks($projectId: ID!, $after: String) {\n    project(id: $projectId) {\n      tasks(first: 100, after: $after) { edges { node { id title status priority createdAt updatedAt } } pageInfo { endCursor hasNextPage } }\n    }\n  }\n": types.Perf19TasksDocument,
    "\n  mutation AbProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n": types.AbProjectDocument,
    "\n  mutation AbTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } }\n  }\n": types.AbTaskDocument,
    "\n  mutation BenchSubProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } } }\n": types.BenchSubProjectDocument,
    "\n  mutation BenchSubTask($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } } }\n": types.BenchSubTaskDocument,
    "\n  mutation BenchSubCreate($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }\n": types.BenchSubCreateDocument,
    "\n  mutation BenchSubBatch($input: CreateSubtasksInput!) { createSubtasks(input: $input) { __typename } }\n": types.BenchSubBatchDocument,
    "\n  query BenchSubBoard($projectId: ID!) {\n    project(id: $projectId) {\n      tasks(first: 50) { edges { node { id title subtaskProgress { total done } subtasks(first: 20) { edges { node { id title done position version } } } } } }\n    }\n  }\n": types.BenchSubBoardDocument,
    "\n  query CliSubTestState($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { edges { node { id title description done version } } }\n      created: events(kinds: [SUBTASK_CREATED], first: 1) { totalCount }\n    }\n  }\n": types.CliSubTestStateDocument,
    "\n  mutation CliSubTestSeed($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubTestSeedDocument,
    "\n  mutation CliSubTestComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": types.CliSubTestCompleteDocument,
    "\n  mutation CliSubTestRename($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { version } }\n      ... on Error { message }\n    }\n  }\n": types.CliSubTestRenameDocument,
    "\n  query EvHistory($after: String) { events(first: 5, after: $after) { edges { node { seq } } } }\n": types.EvHistoryDocument,
    "\n  mutation EvCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": types.EvCreateProjectDocument,
    "\n  mutation EvCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n": types.EvCreateTaskDocument,
    "\n  mutation EvUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": types.EvUpdateTaskDocument,
    "\n  mutation EvDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": types.EvDeleteTaskDocument,
    "\n  query EvHead { events(last: 1) { pageInfo { endCursor } edges { node { seq cursor } } } }\n": types.EvHeadDocument,
    "\n  subscription EvEvents($after: String, $fromStart: Boolean, $filter: EventFilter) {\n    events(after: $after, fromStart: $fromStart, filter: $filter) { seq cursor kind projectId taskId payload createdAt }\n  }\n": types.EvEventsDocument,
    "\n  mutation HkCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": types.HkCreateProjectDocument,
    "\n  mutation HkCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": types.HkCreateTaskDocument,
    "\n  mutation HkCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      __typename\n      ... on CreateSessionPayload { token session { id name role status cwd agentSessionId createdAt tasks { totalCount edges { node { id } } } parent { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message id type }\n      ... on Error { message }\n    }\n  }\n": types.HkCreateSessionDocument,
    "\n  query HkSessionStatus($id: ID!) {\n    session(id: $id) {\n      id status agentSessionId cwd startedAt endedAt lastEvidenceAt\n      needsInput { since kind message }\n      toolCallCount pendingToolCalls failures permissionRequests\n      toolCalls { tool calls completed failures totalDurationMs }\n      filesTouched { written onlyRead }\n      subagents { agentId agentType running toolCalls failures lastAssistantMessage toolUseId }\n      model title lastPrompt lastAssistantMessage\n    }\n  }\n": types.HkSessionStatusDocument,
    "\n  query HkSessionEvents($id: ID!, $first: Int, $after: String, $kinds: [EventKind!]) {\n    session(id: $id) {\n      events(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { seq kind hookEvent toolName toolUseId agentId payload actor } }\n      }\n    }\n  }\n": types.HkSessionEventsDocument,
    "\n  query RcSession($id: ID!) {\n    session(id: $id) {\n      status needsInput { kind message } lastPrompt lastAssistantMessage model\n      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests\n      toolCalls { tool calls completed failures }\n      subagents { agentId agentType toolCalls }\n      lastError { at error details message }\n    }\n  }\n": types.RcSessionDocument,
    "\n  query RcSessionsByStatus($projectId: ID!, $status: SessionStatus!) {\n    sessions(projectId: $projectId, status: $status, first: 100) { edges { node { id } } }\n  }\n": types.RcSessionsByStatusDocument,
    "\n  mutation RcSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) { __typename ... on SpawnSessionPayload { session { id model } token } ... on Error { message } }\n  }\n": types.RcSpawnDocument,
    "\n  mutation HkReportSessionExit($input: ReportSessionExitInput!) {\n    reportSessionExit(input: $input) { __typename ... on ReportSessionExitPayload { session { status endedAt } } ... on Error { message } }\n  }\n": types.HkReportSessionExitDocument,
    "\n  mutation RnCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": types.RnCreateProjectDocument,
    "\n  mutation RnCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": types.RnCreateTaskDocument,
    "\n  mutation RnSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) {\n      __typename\n      ... on SpawnSessionPayload { token manifestPath session { id status role } skills { name version contentHash scope reason } }\n      ... on Error { message }\n    }\n  }\n": types.RnSpawnDocument,
    "\n  mutation RnStop($input: StopSessionInput!) {\n    stopSession(input: $input) { __typename ... on StopSessionPayload { session { id status } } ... on Error { message } }\n  }\n": types.RnStopDocument,
    "\n  query RnSession($id: ID!) {\n    session(id: $id) {\n      id status role\n      parent { id }\n      children(first: 10) { edges { node { id role } } }\n      skills { name version contentHash scope }\n      subtasks: tasks(first: 5) { edges { node { id subtasks(first: 20) { edges { node { title done } } } } } }\n      spawn { state attempts pid exitCode exitSignal outputTail runnerId stopRequestedAt sessionDir manifestPath }\n    }\n  }\n": types.RnSessionDocument,
    "\n  mutation PrCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": types.PrCreateProjectDocument,
    "\n  query PrSessionCwd($id: ID!) { session(id: $id) { id cwd spawn { sessionDir } } }\n": types.PrSessionCwdDocument,
    "\n  mutation WtCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": types.WtCreateProjectDocument,
    "\n  query WtSession($id: ID!) { session(id: $id) { id cwd spawn { state worktree { path branch repository removedAt } } } }\n": types.WtSessionDocument,
    "\n  mutation ScaleCreateSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id position version } }\n      ... on Error { message }\n    }\n  }\n": types.ScaleCreateSubtaskDocument,
    "\n  mutation ScaleCompleteSubtask($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done version } }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n": types.ScaleCompleteSubtaskDocument,
    "\n  query SrvLifecycleSnapshot {\n    projects(first: 100) { edges { node { id name tasks(first: 100) { edges { node { id title status } } } } } }\n    events(first: 100) { totalCount edges { cursor node { seq kind } } }\n  }\n": types.SrvLifecycleSnapshotDocument,
    "\n  query SrvLifecycleTasks($projectId: ID!) { tasks(projectId: $projectId, first: 100) { edges { node { id } } } }\n": types.SrvLifecycleTasksDocument,
    "\n  subscription SrvLifecycleLive { events { seq kind } }\n": types.SrvLifecycleLiveDocument,
    "\n  mutation SrvUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectPayload { project { id name workingDir description updatedAt } }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": types.SrvUpdateProjectDocument,
    "\n  mutation SrvDeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) {\n      __typename\n      ... on DeleteProjectPayload { deletedProjectId }\n      ... on ProjectNotEmptyError { taskCount }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": types.SrvDeleteProjectDocument,
    "\n  mutation SrvUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task { id title description status priority acceptanceCriteria startedAt completedAt updatedAt project { id } }\n      }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": types.SrvUpdateTaskDocument,
    "\n  mutation SrvDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on DeleteTaskPayload { deletedTaskId }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": types.SrvDeleteTaskDocument,
    "\n  query SrvMutationState {\n    projects(first: 100) {\n      edges {\n        node {\n          id name workingDir description updatedAt\n          tasks(first: 100) { edges { node { id title description status priority acceptanceCriteria startedAt completedAt updatedAt } } }\n        }\n      }\n    }\n    events(last: 1) { totalCount edges { node { seq kind } } }\n  }\n": types.SrvMutationStateDocument,
    "\n  query SrvMutationTask($id: ID!) { task(id: $id) { id title status startedAt completedAt project { id } } }\n": types.SrvMutationTaskDocument,
    "\n  query SrvMutationProject($id: ID!) { project(id: $id) { id name tasks(first: 10) { totalCount } } }\n": types.SrvMutationProjectDocument,
    "\n  query SrvLatestEvents($last: Int!) { events(last: $last) { edges { node { seq kind projectId taskId payload } } } }\n": types.SrvLatestEventsDocument,
    "\n  query SrvNPlusOneProjects {\n    projects(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          tasks(first: 50) {\n            totalCount\n            edges { node { id title status project { id name } } }\n          }\n        }\n      }\n    }\n  }\n": types.SrvNPlusOneProjectsDocument,
    "\n  query SrvNPlusOneTasks($first: Int!) { tasks(first: $first) { edges { node { id title project { id name } } } } }\n": types.SrvNPlusOneTasksDocument,
    "\n  query SrvNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Project { name }\n      ... on Task { title project { id } }\n    }\n  }\n": types.SrvNodeDocument,
    "\n  query SrvNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on Project { name } ... on Task { title } }\n  }\n": types.SrvNodesDocument,
    "\n  query SrvProjects($first: Int, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.SrvProjectsDocument,
    "\n  query SrvTasks($projectId: ID, $status: TaskStatus, $first: Int, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      edges { cursor node { id title status project { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SrvTasksDocument,
    "\n  query SrvProjectTasks($id: ID!, $status: TaskStatus, $first: Int, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges { node { id title status } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.SrvProjectTasksDocument,
    "\n  mutation SrvCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name workingDir description createdAt updatedAt } }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": types.SrvCreateProjectDocument,
    "\n  mutation SrvCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task { id title description status priority acceptanceCriteria startedAt completedAt createdAt updatedAt project { id } }\n      }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": types.SrvCreateTaskDocument,
    "\n  query SrvTransportProjects { projects(first: 100) { totalCount edges { node { id name } } } }\n": types.SrvTransportProjectsDocument,
    "\n  subscription SrvTransportEvents { events { seq kind projectId } }\n": types.SrvTransportEventsDocument,
    "\n  mutation BfCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }\n  }\n": types.BfCreateSessionDocument,
    "\n  query BfBoard($id: ID!) {\n    project(id: $id) {\n      sessionsNeedingInput\n      tasks(first: 10) { edges { node { title liveSession { id status activity activityAt needsInput { kind message } } } } }\n    }\n  }\n": types.BfBoardDocument,
    "\n  mutation HkUpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      __typename\n      ... on UpdateSessionPayload { session { id name role cwd parent { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message }\n      ... on Error { message }\n    }\n  }\n": types.HkUpdateSessionDocument,
    "\n  mutation HkLinkSessionTask($input: LinkSessionTaskInput!) {\n    linkSessionTask(input: $input) {\n      __typename\n      ... on LinkSessionTaskPayload { session { id tasks { totalCount edges { node { id } } } } }\n      ... on Error { message }\n    }\n  }\n": types.HkLinkSessionTaskDocument,
    "\n  mutation HkUnlinkSessionTask($input: UnlinkSessionTaskInput!) {\n    unlinkSessionTask(input: $input) {\n      __typename\n      ... on UnlinkSessionTaskPayload { session { id tasks { totalCount } } }\n      ... on Error { message }\n    }\n  }\n": types.HkUnlinkSessionTaskDocument,
    "\n  query HkSessions($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int, $after: String) {\n    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name status project { id } } }\n    }\n  }\n": types.HkSessionsDocument,
    "\n  query HkTaskSessions($id: ID!) {\n    task(id: $id) { sessions { totalCount edges { node { id name } } } }\n  }\n": types.HkTaskSessionsDocument,
    "\n  query HkSessionTree($id: ID!) {\n    session(id: $id) { id parent { id } children { totalCount edges { node { id } } } }\n  }\n": types.HkSessionTreeDocument,
    "\n  query HkSessionEventKinds($id: ID!) {\n    events(first: 100, filter: { sessionId: $id }) { edges { node { kind taskId payload } } }\n  }\n": types.HkSessionEventKindsDocument,
    "\n  mutation SklCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": types.SklCreateProjectDocument,
    "\n  query SklSkills($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      content\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n": types.SklSkillsDocument,
    "\n  query SklSkill($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) { name version scope path content contentHash valid overrides { scope version } issues { code message } }\n  }\n": types.SklSkillDocument,
    "\n  mutation SklCliCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": types.SklCliCreateProjectDocument,
    "\n  mutation SmokeCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n": types.SmokeCreateProjectDocument,
    "\n  query SmokeProjects { projects(first: 5) { edges { node { id name } } } }\n": types.SmokeProjectsDocument,
    "\n  mutation SubBoardAdd($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) { __typename ... on Error { message } }\n  }\n": types.SubBoardAddDocument,
    "\n  query SubBoard($projectId: ID!) {\n    project(id: $projectId) {\n      tasks(first: 50) {\n        edges {\n          node {\n            id\n            title\n            subtaskProgress { total done }\n            subtasks(first: 20) { totalCount edges { node { id title done position version task { id } } } }\n          }\n        }\n      }\n    }\n  }\n": types.SubBoardDocument,
    "\n  mutation SubConcCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id position version } }\n      ... on Error { message }\n    }\n  }\n": types.SubConcCreateDocument,
    "\n  mutation SubConcUpdate($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { id title version } }\n      ... on ConflictError { currentVersion current { title version } }\n      ... on Error { message }\n    }\n  }\n": types.SubConcUpdateDocument,
    "\n  mutation SubConcComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done version } }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n": types.SubConcCompleteDocument,
    "\n  query SubConcTask($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { totalCount edges { node { id title position version done } } }\n    }\n  }\n": types.SubConcTaskDocument,
    "\n  mutation SubCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": types.SubCreateProjectDocument,
    "\n  mutation SubCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": types.SubCreateTaskDocument,
    "\n  mutation SubMutCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id title position version done task { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n": types.SubMutCreateDocument,
    "\n  mutation SubMutCreateMany($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title } }\n      ... on ValidationError { fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.SubMutCreateManyDocument,
    "\n  mutation SubMutMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload { subtask { id version task { id } } }\n      ... on ValidationError { fields { path message } }\n      ... on Error { message }\n    }\n  }\n": types.SubMutMoveDocument,
    "\n  mutation SubMutComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done completedAt version } }\n      ... on ConflictError { currentVersion current { id done version } }\n      ... on Error { message }\n    }\n  }\n": types.SubMutCompleteDocument,
    "\n  mutation SubMutReopen($input: ReopenSubtaskInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload { subtask { id done completedAt version } }\n      ... on Error { message }\n    }\n  }\n": types.SubMutReopenDocument,
    "\n  mutation SubMutDelete($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload { deletedSubtaskId }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n": types.SubMutDeleteDocument,
    "\n  query SubMutOrder($id: ID!) {\n    task(id: $id) { subtaskProgress { total done } subtasks(first: 100) { edges { node { title } } } }\n  }\n": types.SubMutOrderDocument,
    "\n  query SubMutNode($id: ID!) { node(id: $id) { __typename ... on Subtask { title task { title } } } }\n": types.SubMutNodeDocument,
    "\n  mutation SubOrdCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }\n  }\n": types.SubOrdCreateDocument,
    "\n  mutation SubOrdMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": types.SubOrdMoveDocument,
    "\n  mutation SubOrdDelete($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": types.SubOrdDeleteDocument,
    "\n  query SubOrdPage($id: ID!, $after: String) {\n    task(id: $id) { subtasks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id position } } } }\n  }\n": types.SubOrdPageDocument,
    "\n  mutation WebActCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title version } }\n      ... on Error { message }\n    }\n  }\n": types.WebActCreateSubtasksDocument,
    "\n  mutation WebActMoveSubtask($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": types.WebActMoveSubtaskDocument,
    "\n  mutation WebSeedProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n": types.WebSeedProjectDocument,
    "\n  mutation WebSeedTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n": types.WebSeedTaskDocument,
    "\n  mutation WebSeedSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }\n  }\n": types.WebSeedSubtaskDocument,
    "\n  mutation WebSeedSession($input: CreateSessionInput!) {\n    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }\n  }\n": types.WebSeedSessionDocument,
    "\n  mutation WebSeedCompleteSubtask($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) { __typename ... on Error { message } }\n  }\n": types.WebSeedCompleteSubtaskDocument,
    "\n  mutation WebSeedUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on Error { message } }\n  }\n": types.WebSeedUpdateTaskDocument,
    "\n  mutation WebSeedDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ... on Error { message } }\n  }\n": types.WebSeedDeleteTaskDocument,
    "\n  query WebSeedTaskStatus($id: ID!) { task(id: $id) { id status } }\n": types.WebSeedTaskStatusDocument,
    "\n  mutation WebSeedReportExit($input: ReportSessionExitInput!) {\n    reportSessionExit(input: $input) { __typename ... on Error { message } }\n  }\n": types.WebSeedReportExitDocument,
    "\n  mutation WebLiveCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": types.WebLiveCreateProjectDocument,
    "\n  mutation WebLiveCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n": types.WebLiveCreateTaskDocument,
    "\n  mutation WebLiveUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": types.WebLiveUpdateTaskDocument,
    "\n  query WebLiveProjectEvents($id: ID!) {\n    project(id: $id) { events(first: 100) { edges { node { seq } } } }\n  }\n": types.WebLiveProjectEventsDocument,
    "\n  mutation WebSubCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n": types.WebSubCreateProjectDocument,
    "\n  mutation WebSubCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n": types.WebSubCreateTaskDocument,
    "\n  mutation WebSubCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title version } }\n      ... on Error { message }\n    }\n  }\n": types.WebSubCreateSubtasksDocument,
    "\n  mutation WebSubUpdateSubtask($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { version } }\n      ... on Error { message }\n    }\n  }\n": types.WebSubUpdateSubtaskDocument,
    "\n  query WebSubTaskSubtasks($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { edges { node { id title done version } } }\n    }\n  }\n": types.WebSubTaskSubtasksDocument,
    "\n  mutation WebTpCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id } }\n      ... on Error { message }\n    }\n  }\n": types.WebTpCreateSubtasksDocument,
    "\n  mutation WebTpUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on Error { message } }\n  }\n": types.WebTpUpdateTaskDocument,
    "\n  query WebTpStoredTask($id: ID!) {\n    task(id: $id) { status priority subtasks(first: 100) { edges { node { title done } } } }\n  }\n": types.WebTpStoredTaskDocument,
    "\n  mutation WebTestCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n": types.WebTestCreateProjectDocument,
    "\n  mutation WebTestCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id title } }\n      ... on Error { message }\n    }\n  }\n": types.WebTestCreateTaskDocument,
    "\n  mutation WebTestDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": types.WebTestDeleteTaskDocument,
    "\n  query WebTestProjects { projects(first: 100) { totalCount edges { node { id name workingDir } } } }\n": types.WebTestProjectsDocument,
    "\n  query WebTestProjectTasks($id: ID!) {\n    project(id: $id) {\n      tasks(first: 100) {\n        totalCount\n        edges { node { id title description status priority acceptanceCriteria startedAt } }\n      }\n    }\n  }\n": types.WebTestProjectTasksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchFoundationProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n"): typeof import('./graphql.js').BenchFoundationProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchFoundationTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').BenchFoundationTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Perf19Project($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n"): typeof import('./graphql.js').Perf19ProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Perf19Task($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id title status priority createdAt } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').Perf19TaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Perf19Subtask($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }\n"): typeof import('./graphql.js').Perf19SubtaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Perf19Tasks($projectId: ID!, $after: String) {\n    project(id: $projectId) {\n      tasks(first: 100, after: $after) { edges { node { id title status priority createdAt updatedAt } } pageInfo { endCursor hasNextPage } }\n    }\n  }\n"): typeof import('./graphql.js').Perf19TasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }\n  }\n"): typeof import('./graphql.js').AbProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } }\n  }\n"): typeof import('./graphql.js').AbTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSubProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } } }\n"): typeof import('./graphql.js').BenchSubProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSubTask($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } } }\n"): typeof import('./graphql.js').BenchSubTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSubCreate($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }\n"): typeof import('./graphql.js').BenchSubCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSubBatch($input: CreateSubtasksInput!) { createSubtasks(input: $input) { __typename } }\n"): typeof import('./graphql.js').BenchSubBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchSubBoard($projectId: ID!) {\n    project(id: $projectId) {\n      tasks(first: 50) { edges { node { id title subtaskProgress { total done } subtasks(first: 20) { edges { node { id title done position version } } } } } }\n    }\n  }\n"): typeof import('./graphql.js').BenchSubBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliSubTestState($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { edges { node { id title description done version } } }\n      created: events(kinds: [SUBTASK_CREATED], first: 1) { totalCount }\n    }\n  }\n"): typeof import('./graphql.js').CliSubTestStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubTestSeed($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubTestSeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubTestComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').CliSubTestCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSubTestRename($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').CliSubTestRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvHistory($after: String) { events(first: 5, after: $after) { edges { node { seq } } } }\n"): typeof import('./graphql.js').EvHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').EvCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').EvCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').EvUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').EvDeleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvHead { events(last: 1) { pageInfo { endCursor } edges { node { seq cursor } } } }\n"): typeof import('./graphql.js').EvHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvEvents($after: String, $fromStart: Boolean, $filter: EventFilter) {\n    events(after: $after, fromStart: $fromStart, filter: $filter) { seq cursor kind projectId taskId payload createdAt }\n  }\n"): typeof import('./graphql.js').EvEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HkCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').HkCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HkCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').HkCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HkCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      __typename\n      ... on CreateSessionPayload { token session { id name role status cwd agentSessionId createdAt tasks { totalCount edges { node { id } } } parent { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').HkCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HkSessionStatus($id: ID!) {\n    session(id: $id) {\n      id status agentSessionId cwd startedAt endedAt lastEvidenceAt\n      needsInput { since kind message }\n      toolCallCount pendingToolCalls failures permissionRequests\n      toolCalls { tool calls completed failures totalDurationMs }\n      filesTouched { written onlyRead }\n      subagents { agentId agentType running toolCalls failures lastAssistantMessage toolUseId }\n      model title lastPrompt lastAssistantMessage\n    }\n  }\n"): typeof import('./graphql.js').HkSessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HkSessionEvents($id: ID!, $first: Int, $after: String, $kinds: [EventKind!]) {\n    session(id: $id) {\n      events(first: $first, after: $after, kinds: $kinds) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { seq kind hookEvent toolName toolUseId agentId payload actor } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HkSessionEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RcSession($id: ID!) {\n    session(id: $id) {\n      status needsInput { kind message } lastPrompt lastAssistantMessage model\n      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests\n      toolCalls { tool calls completed failures }\n      subagents { agentId agentType toolCalls }\n      lastError { at error details message }\n    }\n  }\n"): typeof import('./graphql.js').RcSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RcSessionsByStatus($projectId: ID!, $status: SessionStatus!) {\n    sessions(projectId: $projectId, status: $status, first: 100) { edges { node { id } } }\n  }\n"): typeof import('./graphql.js').RcSessionsByStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RcSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) { __typename ... on SpawnSessionPayload { session { id model } token } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').RcSpawnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HkReportSessionExit($input: ReportSessionExitInput!) {\n    reportSessionExit(input: $input) { __typename ... on ReportSessionExitPayload { session { status endedAt } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').HkReportSessionExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RnCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').RnCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RnCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').RnCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RnSpawn($input: SpawnSessionInput!) {\n    spawnSession(input: $input) {\n      __typename\n      ... on SpawnSessionPayload { token manifestPath session { id status role } skills { name version contentHash scope reason } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').RnSpawnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RnStop($input: StopSessionInput!) {\n    stopSession(input: $input) { __typename ... on StopSessionPayload { session { id status } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').RnStopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RnSession($id: ID!) {\n    session(id: $id) {\n      id status role\n      parent { id }\n      children(first: 10) { edges { node { id role } } }\n      skills { name version contentHash scope }\n      subtasks: tasks(first: 5) { edges { node { id subtasks(first: 20) { edges { node { title done } } } } } }\n      spawn { state attempts pid exitCode exitSignal outputTail runnerId stopRequestedAt sessionDir manifestPath }\n    }\n  }\n"): typeof import('./graphql.js').RnSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').PrCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrSessionCwd($id: ID!) { session(id: $id) { id cwd spawn { sessionDir } } }\n"): typeof import('./graphql.js').PrSessionCwdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WtCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WtCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WtSession($id: ID!) { session(id: $id) { id cwd spawn { state worktree { path branch repository removedAt } } } }\n"): typeof import('./graphql.js').WtSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleCreateSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id position version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').ScaleCreateSubtaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleCompleteSubtask($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done version } }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').ScaleCompleteSubtaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvLifecycleSnapshot {\n    projects(first: 100) { edges { node { id name tasks(first: 100) { edges { node { id title status } } } } } }\n    events(first: 100) { totalCount edges { cursor node { seq kind } } }\n  }\n"): typeof import('./graphql.js').SrvLifecycleSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvLifecycleTasks($projectId: ID!) { tasks(projectId: $projectId, first: 100) { edges { node { id } } } }\n"): typeof import('./graphql.js').SrvLifecycleTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SrvLifecycleLive { events { seq kind } }\n"): typeof import('./graphql.js').SrvLifecycleLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrvUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectPayload { project { id name workingDir description updatedAt } }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SrvUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrvDeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) {\n      __typename\n      ... on DeleteProjectPayload { deletedProjectId }\n      ... on ProjectNotEmptyError { taskCount }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SrvDeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrvUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload {\n        task { id title description status priority acceptanceCriteria startedAt completedAt updatedAt project { id } }\n      }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SrvUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrvDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on DeleteTaskPayload { deletedTaskId }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SrvDeleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvMutationState {\n    projects(first: 100) {\n      edges {\n        node {\n          id name workingDir description updatedAt\n          tasks(first: 100) { edges { node { id title description status priority acceptanceCriteria startedAt completedAt updatedAt } } }\n        }\n      }\n    }\n    events(last: 1) { totalCount edges { node { seq kind } } }\n  }\n"): typeof import('./graphql.js').SrvMutationStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvMutationTask($id: ID!) { task(id: $id) { id title status startedAt completedAt project { id } } }\n"): typeof import('./graphql.js').SrvMutationTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvMutationProject($id: ID!) { project(id: $id) { id name tasks(first: 10) { totalCount } } }\n"): typeof import('./graphql.js').SrvMutationProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvLatestEvents($last: Int!) { events(last: $last) { edges { node { seq kind projectId taskId payload } } } }\n"): typeof import('./graphql.js').SrvLatestEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvNPlusOneProjects {\n    projects(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          tasks(first: 50) {\n            totalCount\n            edges { node { id title status project { id name } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SrvNPlusOneProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvNPlusOneTasks($first: Int!) { tasks(first: $first) { edges { node { id title project { id name } } } } }\n"): typeof import('./graphql.js').SrvNPlusOneTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Project { name }\n      ... on Task { title project { id } }\n    }\n  }\n"): typeof import('./graphql.js').SrvNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on Project { name } ... on Task { title } }\n  }\n"): typeof import('./graphql.js').SrvNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvProjects($first: Int, $after: String) {\n    projects(first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.js').SrvProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvTasks($projectId: ID, $status: TaskStatus, $first: Int, $after: String) {\n    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {\n      edges { cursor node { id title status project { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').SrvTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvProjectTasks($id: ID!, $status: TaskStatus, $first: Int, $after: String) {\n    project(id: $id) {\n      id\n      tasks(status: $status, first: $first, after: $after) {\n        totalCount\n        edges { node { id title status } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SrvProjectTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrvCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name workingDir description createdAt updatedAt } }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SrvCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SrvCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload {\n        task { id title description status priority acceptanceCriteria startedAt completedAt createdAt updatedAt project { id } }\n      }\n      ... on ValidationError { fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SrvCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SrvTransportProjects { projects(first: 100) { totalCount edges { node { id name } } } }\n"): typeof import('./graphql.js').SrvTransportProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SrvTransportEvents { events { seq kind projectId } }\n"): typeof import('./graphql.js').SrvTransportEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BfCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').BfCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BfBoard($id: ID!) {\n    project(id: $id) {\n      sessionsNeedingInput\n      tasks(first: 10) { edges { node { title liveSession { id status activity activityAt needsInput { kind message } } } } }\n    }\n  }\n"): typeof import('./graphql.js').BfBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HkUpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      __typename\n      ... on UpdateSessionPayload { session { id name role cwd parent { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { message }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').HkUpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HkLinkSessionTask($input: LinkSessionTaskInput!) {\n    linkSessionTask(input: $input) {\n      __typename\n      ... on LinkSessionTaskPayload { session { id tasks { totalCount edges { node { id } } } } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').HkLinkSessionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HkUnlinkSessionTask($input: UnlinkSessionTaskInput!) {\n    unlinkSessionTask(input: $input) {\n      __typename\n      ... on UnlinkSessionTaskPayload { session { id tasks { totalCount } } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').HkUnlinkSessionTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HkSessions($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int, $after: String) {\n    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name status project { id } } }\n    }\n  }\n"): typeof import('./graphql.js').HkSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HkTaskSessions($id: ID!) {\n    task(id: $id) { sessions { totalCount edges { node { id name } } } }\n  }\n"): typeof import('./graphql.js').HkTaskSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HkSessionTree($id: ID!) {\n    session(id: $id) { id parent { id } children { totalCount edges { node { id } } } }\n  }\n"): typeof import('./graphql.js').HkSessionTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HkSessionEventKinds($id: ID!) {\n    events(first: 100, filter: { sessionId: $id }) { edges { node { kind taskId payload } } }\n  }\n"): typeof import('./graphql.js').HkSessionEventKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SklCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SklCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SklSkills($role: SkillRole, $projectId: ID) {\n    skills(role: $role, projectId: $projectId) {\n      name\n      version\n      description\n      assignTo\n      capabilities\n      dependencies\n      contentHash\n      scope\n      path\n      content\n      valid\n      overrides { scope path version contentHash }\n      issues { code field message }\n    }\n    skillScopes(projectId: $projectId) { scope path exists skillNames }\n  }\n"): typeof import('./graphql.js').SklSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SklSkill($name: String!, $projectId: ID) {\n    skill(name: $name, projectId: $projectId) { name version scope path content contentHash valid overrides { scope version } issues { code message } }\n  }\n"): typeof import('./graphql.js').SklSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SklCliCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SklCliCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmokeCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SmokeCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmokeProjects { projects(first: 5) { edges { node { id name } } } }\n"): typeof import('./graphql.js').SmokeProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubBoardAdd($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').SubBoardAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubBoard($projectId: ID!) {\n    project(id: $projectId) {\n      tasks(first: 50) {\n        edges {\n          node {\n            id\n            title\n            subtaskProgress { total done }\n            subtasks(first: 20) { totalCount edges { node { id title done position version task { id } } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SubBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubConcCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id position version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubConcCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubConcUpdate($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { id title version } }\n      ... on ConflictError { currentVersion current { title version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubConcUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubConcComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done version } }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubConcCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubConcTask($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { totalCount edges { node { id title position version done } } }\n    }\n  }\n"): typeof import('./graphql.js').SubConcTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').SubCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').SubCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMutCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) {\n      __typename\n      ... on CreateSubtaskPayload { subtask { id title position version done task { id } } }\n      ... on ValidationError { message fields { path message } }\n      ... on NotFoundError { id type }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubMutCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMutCreateMany($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title } }\n      ... on ValidationError { fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubMutCreateManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMutMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) {\n      __typename\n      ... on MoveSubtaskPayload { subtask { id version task { id } } }\n      ... on ValidationError { fields { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubMutMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMutComplete($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) {\n      __typename\n      ... on CompleteSubtaskPayload { subtask { id done completedAt version } }\n      ... on ConflictError { currentVersion current { id done version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubMutCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMutReopen($input: ReopenSubtaskInput!) {\n    reopenSubtask(input: $input) {\n      __typename\n      ... on ReopenSubtaskPayload { subtask { id done completedAt version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubMutReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMutDelete($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) {\n      __typename\n      ... on DeleteSubtaskPayload { deletedSubtaskId }\n      ... on ConflictError { currentVersion }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').SubMutDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubMutOrder($id: ID!) {\n    task(id: $id) { subtaskProgress { total done } subtasks(first: 100) { edges { node { title } } } }\n  }\n"): typeof import('./graphql.js').SubMutOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubMutNode($id: ID!) { node(id: $id) { __typename ... on Subtask { title task { title } } } }\n"): typeof import('./graphql.js').SubMutNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubOrdCreate($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').SubOrdCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubOrdMove($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').SubOrdMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubOrdDelete($input: DeleteSubtaskInput!) {\n    deleteSubtask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').SubOrdDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubOrdPage($id: ID!, $after: String) {\n    task(id: $id) { subtasks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id position } } } }\n  }\n"): typeof import('./graphql.js').SubOrdPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebActCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebActCreateSubtasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebActMoveSubtask($input: MoveSubtaskInput!) {\n    moveSubtask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebActMoveSubtaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedTask($input: CreateTaskInput!) {\n    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedSubtask($input: CreateSubtaskInput!) {\n    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedSubtaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedSession($input: CreateSessionInput!) {\n    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedCompleteSubtask($input: CompleteSubtaskInput!) {\n    completeSubtask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedCompleteSubtaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedDeleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSeedTaskStatus($id: ID!) { task(id: $id) { id status } }\n"): typeof import('./graphql.js').WebSeedTaskStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSeedReportExit($input: ReportSessionExitInput!) {\n    reportSessionExit(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebSeedReportExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebLiveCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebLiveCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebLiveCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebLiveCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebLiveUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebLiveUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebLiveProjectEvents($id: ID!) {\n    project(id: $id) { events(first: 100) { edges { node { seq } } } }\n  }\n"): typeof import('./graphql.js').WebLiveProjectEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebSubCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebSubCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id title version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebSubCreateSubtasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubUpdateSubtask($input: UpdateSubtaskInput!) {\n    updateSubtask(input: $input) {\n      __typename\n      ... on UpdateSubtaskPayload { subtask { version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebSubUpdateSubtaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSubTaskSubtasks($id: ID!) {\n    task(id: $id) {\n      subtaskProgress { total done }\n      subtasks(first: 100) { edges { node { id title done version } } }\n    }\n  }\n"): typeof import('./graphql.js').WebSubTaskSubtasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTpCreateSubtasks($input: CreateSubtasksInput!) {\n    createSubtasks(input: $input) {\n      __typename\n      ... on CreateSubtasksPayload { subtasks { id } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebTpCreateSubtasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTpUpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql.js').WebTpUpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTpStoredTask($id: ID!) {\n    task(id: $id) { status priority subtasks(first: 100) { edges { node { title done } } } }\n  }\n"): typeof import('./graphql.js').WebTpStoredTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTestCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectPayload { project { id name } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebTestCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTestCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id title } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebTestCreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTestDeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql.js').WebTestDeleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestProjects { projects(first: 100) { totalCount edges { node { id name workingDir } } } }\n"): typeof import('./graphql.js').WebTestProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTestProjectTasks($id: ID!) {\n    project(id: $id) {\n      tasks(first: 100) {\n        totalCount\n        edges { node { id title description status priority acceptanceCriteria startedAt } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebTestProjectTasksDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
