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

/**
 * base64 encodes each 3 bytes on their own, so the part of `ev1:<epoch>:` that fills whole 3-byte
 * groups encodes the same for every seq: it is encoded once per epoch and only the tail per cursor
 * (a replay makes one cursor per event). The result is exactly base64url of the whole text.
 */
let cachedHead: { epoch: string; encoded: string; rest: string } | null = null;

export function encodeCursor(epoch: string, seq: number): string {
  if (cachedHead?.epoch !== epoch) {
    const text = `${PREFIX}:${epoch}:`;
    const aligned = Buffer.byteLength(text) - (Buffer.byteLength(text) % 3);
    const bytes = Buffer.from(text);
    cachedHead = { epoch, encoded: bytes.subarray(0, aligned).toString('base64url'), rest: bytes.subarray(aligned).toString('latin1') };
  }
  return cachedHead.encoded + base64urlOfBytes(cachedHead.rest + seq);
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * base64url, unpadded, of a short string of one-byte characters (a cursor's tail: at most two
 * bytes of the prefix, then digits). Written out because Buffer.from(…).toString('base64url')
 * allocates a buffer per call, which a replay pays per event. The cursor test checks it against Buffer.
 */
function base64urlOfBytes(text: string): string {
  let out = '';
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const n = (text.charCodeAt(i) << 16) | (text.charCodeAt(i + 1) << 8) | text.charCodeAt(i + 2);
    out += BASE64URL[n >> 18]! + BASE64URL[(n >> 12) & 63]! + BASE64URL[(n >> 6) & 63]! + BASE64URL[n & 63]!;
  }
  if (i < text.length) {
    const n = (text.charCodeAt(i) << 16) | (i + 1 < text.length ? text.charCodeAt(i + 1) << 8 : 0);
    out += BASE64URL[n >> 18]! + BASE64URL[(n >> 12) & 63]! + (i + 1 < text.length ? BASE64URL[(n >> 6) & 63]! : '');
  }
  return out;
}

export function decodeCursor(cursor: string): { epoch: string; seq: number } {
  const invalid = () =>
    new CursorError('CURSOR_INVALID', 'The cursor is malformed: pass a cursor exactly as an Event.cursor returned it.');
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const [prefix, epoch, seqText, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (prefix !== PREFIX || !epoch || !seqText || rest.length || !/^\d{1,15}$/.test(seqText)) throw invalid();
  return { epoch, seq: Number(seqText) };
}
