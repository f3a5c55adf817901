/**
 * A session's latest activity in words ("Editing src/config.ts", "Running npm test"), from the
 * newest PreToolUse it reported. The board shows it on task cards so a person sees what an agent
 * is doing without opening the session; it is worded here, once, so every client says the same.
 */

/** What the newest PreToolUse named; kept in the session's derived data. */
export type LastTool = { tool: string; target: string | null; at: string };

/** Long targets (a heredoc command, a long path) are cut: the words are for a glance. */
const TARGET_MAX = 120;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The one input field that says what a call is about, by tool; null when none does. */
export function toolTarget(tool: string, input: unknown): string | null {
  const i = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const value =
    tool === 'Bash'
      ? (text(i['command']) ?? text(i['description']))
      : (text(i['file_path']) ?? text(i['notebook_path']) ?? text(i['pattern']) ?? text(i['url']) ?? text(i['query']) ?? text(i['description']) ?? text(i['path']));
  if (!value) return null;
  const firstLine = value.split('\n', 1)[0]!;
  return firstLine.length > TARGET_MAX ? `${firstLine.slice(0, TARGET_MAX - 1)}…` : firstLine;
}

const VERBS: Record<string, string> = {
  Edit: 'Editing',
  MultiEdit: 'Editing',
  NotebookEdit: 'Editing',
  Write: 'Writing',
  Read: 'Reading',
  Bash: 'Running',
  Grep: 'Searching for',
  Glob: 'Looking for files',
  WebFetch: 'Fetching',
  WebSearch: 'Searching the web for',
  Agent: 'Running a subagent:',
  Task: 'Running a subagent:',
  TodoWrite: 'Updating its to-do list',
};

/** "Editing src/config.ts"; tools without a known verb read "Using <tool>". */
export function describeActivity({ tool, target }: Pick<LastTool, 'tool' | 'target'>): string {
  if (tool === 'TodoWrite') return VERBS.TodoWrite!;
  const verb = VERBS[tool];
  if (!verb) return target ? `Using ${tool || 'a tool'}: ${target}` : `Using ${tool || 'a tool'}`;
  if (tool === 'Glob') return target ? `${verb} matching ${target}` : verb;
  return target ? `${verb} ${target}` : verb.replace(/ (for|:)$/, '');
}
