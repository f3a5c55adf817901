/** The board's documents: a project's tasks with each one's live session, and the status change. */
import { graphql } from '../../gql/index.ts';

export const BoardTasksQuery = graphql(`
  query WebBoardTasks($id: ID!, $first: Int!) {
    project(id: $id) {
      id
      tasks(first: $first) {
        totalCount
        edges {
          node {
            ...WebTaskFields
            liveSession {
              id
              name
              status
              activity
              needsInput {
                kind
                message
                since
              }
            }
          }
        }
      }
    }
  }
`);

export const MoveTaskMutation = graphql(`
  mutation WebMoveTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskPayload {
        task {
          id
          status
          startedAt
          completedAt
          updatedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const DeleteTaskMutation = graphql(`
  mutation WebDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) {
      __typename
      ... on DeleteTaskPayload {
        deletedTaskId
      }
      ... on Error {
        message
      }
    }
  }
`);
