/** Global ID parsing for mutation inputs: a malformed or wrong-type ID is a typed ValidationError. */
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../services/errors.ts';

export function parseGlobalId(value: string, typename: string, path: string[]): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(value);
  } catch {
    throw ValidationError.field(path, `"${value}" is not a valid ${typename} ID`);
  }
  if (!decoded.id) throw ValidationError.field(path, `"${value}" is not a valid ${typename} ID`);
  if (decoded.typename !== typename) {
    throw ValidationError.field(path, `expected a ${typename} ID, got a ${decoded.typename} ID`);
  }
  return decoded.id;
}

export function toGlobalId(typename: string, id: string): string {
  return encodeGlobalID(typename, id);
}
