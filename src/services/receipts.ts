/**
 * Idempotent mutations: the first success of a mutation carrying a clientMutationId stores its
 * result in the same transaction as the change; a retry with the same id returns that result and
 * changes nothing. Keys are scoped by mutation name.
 */
import type { Tx } from '../store/types.ts';
import { ValidationError } from './errors.ts';

const MAX_ID = 200;

function keyOf(mutation: string, clientMutationId: string) {
  if (clientMutationId.length === 0 || clientMutationId.length > MAX_ID) {
    throw ValidationError.field(['input', 'clientMutationId'], `must be 1–${MAX_ID} characters`);
  }
  return `${mutation}:${clientMutationId}`;
}

export async function findReceipt<T>(tx: Tx, mutation: string, clientMutationId: string | null | undefined): Promise<T | null> {
  if (clientMutationId == null) return null;
  const row = await tx.mutationReceipt.findUnique({ where: { key: keyOf(mutation, clientMutationId) } });
  return row ? (JSON.parse(row.result) as T) : null;
}

export async function saveReceipt(tx: Tx, mutation: string, clientMutationId: string | null | undefined, result: unknown) {
  if (clientMutationId == null) return;
  await tx.mutationReceipt.create({ data: { key: keyOf(mutation, clientMutationId), result: JSON.stringify(result) } });
}
