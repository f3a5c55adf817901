/**
 * The only place cursors are encoded or decoded. A cursor is opaque to clients: base64url of
 * `ev1:<epoch>:<seq>`, where the epoch names the database the seq belongs to.
 */
export type CursorCode = 'CURSOR_INVALID' | 'CURSOR_UNKNOWN' | 'CURSOR_EXPIRED';

export class CursorError extends Error {
  readonly code: CursorCode;
  constructor(code: CursorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const PREFIX = 'ev1';

export function encodeCursor(epoch: string, seq: number): string {
  return Buffer.from(`${PREFIX}:${epoch}:${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string): { epoch: string; seq: number } {
  const invalid = () =>
    new CursorError('CURSOR_INVALID', 'The cursor is malformed: pass a cursor exactly as an Event.cursor returned it.');
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const [prefix, epoch, seqText, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (prefix !== PREFIX || !epoch || !seqText || rest.length || !/^\d{1,15}$/.test(seqText)) throw invalid();
  return { epoch, seq: Number(seqText) };
}
