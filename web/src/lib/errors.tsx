/**
 * Rendering failures explicitly: transport and GraphQL errors of a query (CombinedError), and the
 * typed errors of a mutation's result union (branch on __typename; ValidationError messages are
 * keyed by field so forms can show them next to the field).
 */
import type { CombinedError } from 'urql';
import { graphql } from '../gql/index.ts';

export const ValidationErrorFields = graphql(`
  fragment WebValidationErrorFields on ValidationError {
    message
    fields {
      path
      message
    }
  }
`);

export type FormErrors = {
  /** A message for the whole form (not found, conflict, network, …). */
  form?: string;
  /** Messages by input field name (the path below `input`, e.g. "title"). */
  fields: Record<string, string>;
};

export const NO_ERRORS: FormErrors = { fields: {} };

type TypedError =
  | { __typename: 'ValidationError'; message: string; fields: { path: string[]; message: string }[] }
  | { __typename: 'NotFoundError'; message: string; type?: string; id?: string }
  | { __typename: string; message: string };

/**
 * Turns a typed error from a mutation result union into form errors. `shownFields` are the input
 * fields the form displays: when every offending field is one of them, the summary just points at
 * the marked fields; otherwise it carries the server's message, so nothing is lost.
 */
export function formErrorsOf(error: TypedError, shownFields: readonly string[] = []): FormErrors {
  switch (error.__typename) {
    case 'ValidationError': {
      const fields = Object.create(null) as Record<string, string>; // keys come from the server's field paths
      const { fields: offending } = error as Extract<TypedError, { __typename: 'ValidationError' }>;
      for (const field of offending) {
        const path = field.path[0] === 'input' ? field.path.slice(1) : field.path;
        const key = path[0] ?? '';
        const message = path.length > 1 ? `${field.message} (item ${Number(path[1]) + 1})` : field.message;
        fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
      }
      const keys = Object.keys(fields);
      const allShown = keys.length > 0 && keys.every((key) => shownFields.includes(key));
      const form = allShown ? `Not saved: check the field${keys.length === 1 ? '' : 's'} marked below.` : error.message;
      return { form, fields };
    }
    case 'NotFoundError':
      return { form: `Not found: ${error.message}`, fields: {} };
    default:
      return { form: error.message, fields: {} };
  }
}

/** A failed request (network, masked server error, GraphQL error) as form errors. */
export function formErrorsOfRequest(error: CombinedError): FormErrors {
  return { form: describeRequestError(error), fields: {} };
}

export function describeRequestError(error: CombinedError): string {
  if (error.networkError) return `Could not reach the server: ${error.networkError.message}`;
  const messages = error.graphQLErrors.map((e) => e.message);
  return messages.length ? messages.join(' ') : error.message;
}

/** A query or page-level failure: always visible, announced to assistive technology. */
export function ErrorMessage({ error, title = 'Something went wrong' }: { error: CombinedError | string; title?: string }) {
  const text = typeof error === 'string' ? error : describeRequestError(error);
  return (
    <div className="error" role="alert">
      <strong>{title}.</strong> {text}
    </div>
  );
}

/** A placeholder in the shape of content (grey lines) while it loads; the label is for assistive technology. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      <span className="skeleton-line" aria-hidden="true" />
      <span className="skeleton-line short" aria-hidden="true" />
    </div>
  );
}

/** The message under one form field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}
