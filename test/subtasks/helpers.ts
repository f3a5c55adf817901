import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import type { TestServer } from '../helpers/server.ts';

export const SubCreateProject = graphql(`
  mutation SubCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
  }
`);

export const SubCreateTask = graphql(`
  mutation SubCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }
  }
`);

/** A fresh project with `count` tasks; returns their global IDs. */
export async function seedTasks(server: TestServer, count: number, name = 'Subtasks') {
  const project = await execute(server, SubCreateProject, { input: { name } });
  if (project.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(project));
  const projectId = project.data.createProject.project.id;
  const taskIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const task = await execute(server, SubCreateTask, { input: { projectId, title: `Task ${i}` } });
    if (task.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(JSON.stringify(task));
    taskIds.push(task.data.createTask.task.id);
  }
  return { projectId, taskIds };
}
