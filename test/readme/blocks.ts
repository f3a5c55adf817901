/**
 * The runnable parts of README.md: its fenced code blocks, the shell commands in a ```sh block
 * (one per logical line, `\` continuations joined, comments and blank lines dropped), and the
 * `<NAME>` placeholders a command uses. Read from the file each run, so the test always runs the
 * README as it is now, not a copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Block = {
  /** The info string after the opening fence: sh, graphql, js, … */
  lang: string;
  text: string;
  /** 1-based line of the opening fence, for test names and failure messages. */
  line: number;
  /** The nearest heading above the block. */
  heading: string;
};

export function readmeBlocks(root: string): Block[] {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  let heading = '(top)';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    const open = /^```(\S*)\s*$/.exec(line);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (i === lines.length) throw new Error(`README.md:${start + 1}: the code block is never closed`);
    blocks.push({ lang: open[1]!, text: body.join('\n'), line: start + 1, heading });
  }
  return blocks;
}

/** The commands of a shell block: continuation lines joined, comment-only and blank lines dropped. */
export function shellCommands(text: string): string[] {
  const commands: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = pending ? `${pending} ${raw.trim()}` : raw;
    if (/\\\s*$/.test(line)) {
      pending = line.replace(/\\\s*$/, '').trimEnd();
      continue;
    }
    pending = '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    commands.push(line.trim());
  }
  if (pending) commands.push(pending);
  return commands;
}

/** `<PROJECT_ID>`-style placeholders (upper-case names in angle brackets) in a command. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/<([A-Z][A-Z0-9_]*)>/g)].map((m) => m[1]!))];
}

/** Every Relay global ID (base64 of `Type:id`) printed in some output, in order, with its type. */
export function globalIdsIn(output: string): { type: string; id: string }[] {
  const found: { type: string; id: string }[] = [];
  for (const [token] of output.matchAll(/[A-Za-z0-9+/]{8,}={0,2}/g)) {
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const match = /^([A-Z][A-Za-z]+):[A-Za-z0-9_-]+$/.exec(decoded);
    if (match && Buffer.from(decoded, 'utf8').toString('base64') === token) found.push({ type: match[1]!, id: token });
  }
  return found;
}
