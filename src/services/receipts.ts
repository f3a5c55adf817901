/**
 * Idempotent mutations: the first success of a mutation carrying a clientMutationId stores its
 * result in the same transaction as the change; a retry with the same id returns that result and
 * changes nothing. Keys are scoped by mutation name.
 */
import type { DomainRows } from '../store/types.ts';
import { ValidationError } from './errors.ts';

type Receipts = Pick<DomainRows, 'findReceipt' | 'saveReceipt'>;

const MAX_ID = 200;

function keyOf(mutation: string, clientMutationId: string) {
  if (clientMutationId.length === 0 || clientMutationId.length > MAX_ID) {
    throw ValidationError.field(['input', 'clientMutationId'], `must be 1–${MAX_ID} characters`);
  }
  return `${mutation}:${clientMutationId}`;
}

export async function findReceipt<T>(rows: Receipts, mutation: string, clientMutationId: string | null | undefined): Promise<T | null> {
  if (clientMutationId == null) return null;
  const result = await rows.findReceipt(keyOf(mutation, clientMutationId));
  return result === null ? null : (JSON.parse(result) as T);
}

export async function saveReceipt(rows: Receipts, mutation: string, clientMutationId: string | null | undefined, result: unknown) {
  if (clientMutationId == null) return;
  await rows.saveReceipt(keyOf(mutation, clientMutationId), JSON.stringify(result));
}
