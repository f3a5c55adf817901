/**
 * A task's fields as the web UI reads them, and the task update (the board's cards and their edit
 * dialog use both; the list item that lived here became the board's TaskCard).
 */
import { graphql } from '../../gql/index.ts';

export const TaskFields = graphql(`
  fragment WebTaskFields on Task {
    id
    title
    description
    status
    priority
    acceptanceCriteria
    createdAt
    updatedAt
    startedAt
    completedAt
    subtaskProgress {
      total
      done
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation WebUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskPayload {
        task {
          ...WebTaskFields
        }
      }
      ... on ValidationError {
        ...WebValidationErrorFields
      }
      ... on NotFoundError {
        type
        id
      }
      ... on Error {
        message
      }
    }
  }
`);

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString();
}
