/**
 * Where the checkout's own files are (migrations, skills, the web bundle, bin/), found from this
 * module's location. The code runs either from its sources (src/ or cli/src/ through tsx) or from a
 * prebuilt bundle in dist/, at different depths, so the root is found by walking up to the nearest
 * package.json rather than by counting `..`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}: Maestro must run from its checkout or package`);
  }
}

export const REPO_ROOT = findRoot(import.meta.dirname);
