/**
 * DomainRows through a Prisma transaction client: the PostgreSQL store's implementation, and the
 * reference the SQLite store's raw SQL (src/store/sqlite-domain-rows.ts) is compared with in
 * test/store/domain-rows.test.ts. Every method is one Prisma call on `tx`.
 */
import type { DomainRows, Tx } from './types.ts';

export function prismaDomainRows(tx: Tx): DomainRows {
  return {
    projectExists: async (id) => (await tx.project.findUnique({ where: { id }, select: { id: true } })) !== null,
    findTask: (id) => tx.task.findUnique({ where: { id } }),
    insertTask: (task) => tx.task.create({ data: task }),
    updateTask: (id, changes) => tx.task.update({ where: { id }, data: changes }),
    deleteTask: async (id) => void (await tx.task.delete({ where: { id } })),
    subtaskIdsOf: async (taskId) =>
      (await tx.subtask.findMany({ where: { taskId }, orderBy: { position: 'asc' }, select: { id: true } })).map((r) => r.id),
    findSubtask: (id) => tx.subtask.findUnique({ where: { id } }),
    findSubtaskWithProject: async (id) => {
      const row = await tx.subtask.findUnique({ where: { id }, include: { task: { select: { projectId: true } } } });
      if (!row) return null;
      const { task, ...subtask } = row;
      return { subtask, projectId: task.projectId };
    },
    lastSubtaskPosition: async (taskId, exceptId) => {
      const row = await tx.subtask.findFirst({
        where: { taskId, ...(exceptId ? { id: { not: exceptId } } : {}) },
        orderBy: { position: 'desc' },
        select: { position: true },
      });
      return row?.position ?? null;
    },
    neighbourPosition: async (taskId, position, side, exceptId) => {
      const row = await tx.subtask.findFirst({
        where: { taskId, position: side === 'after' ? { gt: position } : { lt: position }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        orderBy: { position: side === 'after' ? 'asc' : 'desc' },
        select: { position: true },
      });
      return row?.position ?? null;
    },
    insertSubtask: (subtask) => tx.subtask.create({ data: subtask }),
    updateSubtask: (id, changes) => tx.subtask.update({ where: { id }, data: { ...changes, version: { increment: 1 } } }),
    deleteSubtask: async (id) => void (await tx.subtask.delete({ where: { id } })),
    findReceipt: async (key) => (await tx.mutationReceipt.findUnique({ where: { key } }))?.result ?? null,
    saveReceipt: async (key, result) => void (await tx.mutationReceipt.create({ data: { key, result } })),
  };
}
