/**
 * The nesting depth of a JSON text, found by one scan of its characters (no recursion, no parse):
 * hook bodies are untrusted, and a body nested tens of thousands of levels deep would overflow the
 * stack of any recursive walk over it (JSON.stringify included) later, in the batch or on the way
 * out of the event log. Brackets inside strings do not count.
 */

/** Whether `text` nests objects and arrays deeper than `max` levels. */
export function jsonDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
