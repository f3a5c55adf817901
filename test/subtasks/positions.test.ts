import { describe, expect, it } from 'vitest';
import { evenKeys, GAP, keyBetween } from '../../src/services/positions.ts';

describe('subtask position keys', () => {
  it('should place keys strictly between neighbours and at either end', () => {
    expect(keyBetween(null, null)).toBe(GAP);
    expect(keyBetween(GAP, null)).toBe(2 * GAP);
    expect(keyBetween(null, GAP)).toBe(0);
    const mid = keyBetween(1, 2)!;
    expect(mid).toBeGreaterThan(1);
    expect(mid).toBeLessThan(2);
  });

  it('should report exhaustion (null) once a gap has been halved too often, so the task is renumbered', () => {
    let high = 2 * GAP;
    let halvings = 0;
    for (;;) {
      const key = keyBetween(GAP, high);
      if (key === null) break;
      high = key;
      halvings += 1;
    }
    expect(halvings).toBeGreaterThan(20);
    expect(halvings).toBeLessThan(80);
    expect(evenKeys(3)).toEqual([GAP, 2 * GAP, 3 * GAP]);
  });
});
