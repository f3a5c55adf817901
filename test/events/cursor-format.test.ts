/**
 * The cursor encoder caches the epoch's share of the base64 text (src/events/cursor.ts). Its output
 * must stay byte-for-byte `base64url("ev1:<epoch>:<seq>")`, whatever the epoch's length mod 3 and
 * including multi-byte characters, or cursors handed out before and after a restart would differ.
 */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/events/cursor.ts';

describe('cursor format', () => {
  const epochs = ['3f1e2d4c-1111-4222-8333-944455556666', 'a', 'ab', 'abc', 'é-ü', 'x'.repeat(40)];
  const seqs = [...Array.from({ length: 1200 }, (_, i) => i), 99_999, 1_000_000, 123_456_789_012_345];

  it('equals base64url of ev1:<epoch>:<seq> for every epoch length and seq, and decodes back', () => {
    for (const epoch of [...epochs, ...epochs.reverse()]) {
      for (const seq of seqs) {
        const cursor = encodeCursor(epoch, seq);
        expect(cursor).toBe(Buffer.from(`ev1:${epoch}:${seq}`).toString('base64url'));
        expect(decodeCursor(cursor)).toEqual({ epoch, seq });
      }
    }
  });
});
