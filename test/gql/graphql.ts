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

export type SmokeCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SmokeCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string, name: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SmokeProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SmokeProjectsQuery = { projects: { edges: Array<{ node: { id: string, name: string } }> } };

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

export const SmokeCreateProjectDocument = new TypedDocumentString(`
    mutation SmokeCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
        name
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeCreateProjectMutation, SmokeCreateProjectMutationVariables>;
export const SmokeProjectsDocument = new TypedDocumentString(`
    query SmokeProjects {
  projects(first: 5) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeProjectsQuery, SmokeProjectsQueryVariables>;