/**
 * The content hash of a skill directory: what spawnSession pins in a session's manifest and what the
 * runner checks again after copying the skill for the agent. Pure Node (no server code), so the
 * server's skill catalog, the runner and `maestro skill validate` share it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every regular file under dir (following symlinks), as sorted POSIX relative paths. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const stat = entry.isSymbolicLink() ? statSync(join(dir, rel), { throwIfNoEntry: false }) : entry;
    if (!stat) continue;
    if (stat.isDirectory()) out.push(...listFiles(dir, rel));
    else if (stat.isFile()) out.push(rel);
  }
  // Code-unit order, not locale order: the same files hash the same on every machine.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * sha256 over the directory's files in path order; each file contributes its path, its length and
 * its bytes, so renaming or moving bytes between files changes the hash.
 */
export function hashSkillDir(dir: string): string {
  const hash = createHash('sha256');
  for (const rel of listFiles(dir)) {
    const bytes = readFileSync(join(dir, rel));
    hash.update(`${rel}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
