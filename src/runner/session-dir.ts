/**
 * The session directory a runner launches from, under its OWN data directory:
 * `<runner data dir>/sessions/<session id>/`. A runner sharing the server's data directory finds
 * what spawnSession wrote there (manifest.json, token) and uses it as it is. A runner anywhere else
 * (another machine, or just another data directory) writes it from the claim reply, which carries
 * the manifest, the session token and the pinned skills' files: it needs nothing but the API.
 *
 * Paths in the manifest that name the server's session directory (the skills' sources, a working
 * directory that is the session directory, the default prompt's manifest path) are rewritten to the
 * local one; the working directory of a project is used as it is (it must exist on this machine,
 * else the launch fails saying so). The skills' content hashes are checked again by prepareSession.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ClaimResult } from './api.ts';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export type LocalSession = {
  sessionDir: string;
  /** Rewrites the server's session directory to the local one in a text handed to the agent (the prompt). */
  localise(text: string): string;
};

function safeRelative(path: string): string {
  const parts = path.split('/');
  if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..')) throw new Error(`the server sent a skill file with an unsafe path: ${JSON.stringify(path)}`);
  return path;
}

export function localSession(dataDir: string, claim: ClaimResult): LocalSession {
  const serverDir = claim.sessionDir ?? '';
  const name = basename(serverDir);
  if (!SAFE_NAME.test(name)) throw new Error(`the server named an unusable session directory ${JSON.stringify(serverDir)}`);
  const sessionDir = join(resolve(dataDir), 'sessions', name);
  if (sessionDir === resolve(serverDir)) return { sessionDir, localise: (text) => text };
  if (!claim.manifest || !claim.token) throw new Error('the claim reply carries no manifest or token (they are gone from the server\'s session directory, or the server predates remote runners): spawn the session again');

  mkdirSync(sessionDir, { recursive: true, mode: 0o700 });
  const sources = join(sessionDir, 'skill-sources');
  for (const file of claim.skillFiles) {
    if (!SAFE_NAME.test(file.skill)) throw new Error(`the server sent a skill with an unsafe name: ${JSON.stringify(file.skill)}`);
    const target = join(sources, file.skill, safeRelative(file.path));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
  }
  const localise = (text: string) => text.split(serverDir).join(sessionDir);
  const manifest = JSON.parse(claim.manifest) as { skills?: { name: string; source: string }[]; cwd?: string | null; prompt?: string };
  for (const skill of manifest.skills ?? []) skill.source = join(sources, skill.name);
  if (manifest.cwd === serverDir) manifest.cwd = sessionDir;
  if (typeof manifest.prompt === 'string') manifest.prompt = localise(manifest.prompt);
  writeFileSync(join(sessionDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(sessionDir, 'token'), claim.token, { mode: 0o600 });
  return { sessionDir, localise };
}
