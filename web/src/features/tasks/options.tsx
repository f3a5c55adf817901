/** The <option>s of a task status or priority <select>, in order, with their labels: one list for every form. */
import { PRIORITIES, PRIORITY_LABELS, STATUSES, STATUS_LABELS } from './labels.ts';

export function StatusOptions() {
  return STATUSES.map((s) => (
    <option key={s} value={s}>
      {STATUS_LABELS[s]}
    </option>
  ));
}

export function PriorityOptions() {
  return PRIORITIES.map((p) => (
    <option key={p} value={p}>
      {PRIORITY_LABELS[p]}
    </option>
  ));
}
