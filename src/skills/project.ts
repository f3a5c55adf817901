/** The skill catalog as a project sees it: bundled, the user's, then the project's own skills. */
import { NotFoundError } from '../services/errors.ts';
import { loadCatalog, type SkillCatalog } from './catalog.ts';
import { skillSources } from './scopes.ts';
import type { Store } from '../store/types.ts';

/** Loads the catalog for a project (its working directory adds the PROJECT scope), or without one. */
export async function catalogFor(store: Store, userDir: string, projectId: string | null): Promise<SkillCatalog> {
  if (projectId === null) return loadCatalog(skillSources({ userDir }));
  const project = await store.prisma.project.findUnique({ where: { id: projectId }, select: { workingDir: true } });
  if (!project) throw new NotFoundError('Project', projectId);
  return loadCatalog(skillSources({ userDir, workingDir: project.workingDir || null }));
}
