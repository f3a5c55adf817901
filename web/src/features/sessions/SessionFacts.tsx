/**
 * What `maestro session show` prints beyond the status, for the web: calls per tool, files written
 * and read, subagents. Same API fields as the CLI (toolCalls, filesTouched, subagents).
 */
import type { WebSessionQuery } from '../../gql/graphql.ts';
import { formatDuration } from './pairs.ts';

type Session = NonNullable<WebSessionQuery['session']>;

export function ToolCallTable({ session }: { session: Session }) {
  const s = session;
  return (
    <section className="card" aria-labelledby="tools-heading">
      <h2 id="tools-heading">Tool calls</h2>
      <p className="muted small-text">
        {s.toolCallCount} call{s.toolCallCount === 1 ? '' : 's'}, {s.failures} failed
        {s.refusedToolCalls > 0 && ` (${s.refusedToolCalls} refused: no permission)`}, {s.pendingToolCalls} running, {s.permissionRequests} permission prompt
        {s.permissionRequests === 1 ? '' : 's'}
      </p>
      {s.toolCalls.length === 0 ? (
        <p className="muted">No tool calls yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="tool-table">
            <caption className="visually-hidden">Calls per tool</caption>
            <thead>
              <tr>
                <th scope="col">Tool</th>
                <th scope="col">Calls</th>
                <th scope="col">OK</th>
                <th scope="col">Failed</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {s.toolCalls.map((t) => (
                <tr key={t.tool} data-tool={t.tool}>
                  <th scope="row">{t.tool}</th>
                  <td>{t.calls}</td>
                  <td>{t.completed}</td>
                  <td className={t.failures > 0 ? 'failed-count' : undefined}>{t.failures}</td>
                  <td>{formatDuration(t.totalDurationMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function FilesTouched({ session }: { session: Session }) {
  const { written, onlyRead } = session.filesTouched;
  return (
    <section className="card" aria-labelledby="files-heading">
      <h2 id="files-heading">Files touched</h2>
      <FileList label="Written" files={written} />
      <FileList label="Read only" files={onlyRead} />
    </section>
  );
}

function FileList({ label, files }: { label: string; files: readonly string[] }) {
  return (
    <>
      <h3 className="small-heading">
        {label} ({files.length})
      </h3>
      {files.length === 0 ? (
        <p className="muted small-text">None.</p>
      ) : (
        <ul className="file-list" aria-label={`Files ${label.toLowerCase()}`}>
          {files.map((file) => (
            <li key={file}>
              <code>{file}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function Subagents({ session }: { session: Session }) {
  if (session.subagents.length === 0) return null;
  return (
    <section className="card" aria-labelledby="subagents-heading">
      <h2 id="subagents-heading">Subagents</h2>
      <ul className="file-list" aria-label="Subagents">
        {session.subagents.map((a) => (
          <li key={a.agentId}>
            <strong>{a.agentType || 'subagent'}</strong> <code>{a.agentId.slice(0, 7)}</code> · {a.running ? 'running' : 'stopped'} · {a.toolCalls} call
            {a.toolCalls === 1 ? '' : 's'}
            {a.failures > 0 && `, ${a.failures} failed`}
            {a.lastAssistantMessage && <p className="muted small-text">{a.lastAssistantMessage}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Why a session failed, first thing on the page: the process's exit code or signal, the API error
 * that ended a turn, the last failed tool call. Shown when the session failed or its process
 * exited non-zero (an API error alone is shown under the title, as before).
 */
export function FailureSummary({ session, lastFailedCall }: { session: Session; lastFailedCall: { toolName: string; error: string } | null }) {
  const s = session;
  const exitCode = s.spawn?.exitCode ?? null;
  const signal = s.spawn?.exitSignal ?? null;
  const exitedBadly = (exitCode !== null && exitCode !== 0) || signal !== null;
  if (s.status !== 'FAILED' && !exitedBadly) return null;
  const reasons: string[] = [];
  if (exitCode !== null) reasons.push(`The agent process exited with code ${exitCode}.`);
  else if (signal) reasons.push(`The agent process was killed by ${signal}.`);
  if (s.lastError) reasons.push(`A turn ended on an API error: ${s.lastError.error}${s.lastError.details ? ` (${s.lastError.details})` : ''}${s.lastError.message ? ` — ${s.lastError.message}` : ''}.`);
  if (lastFailedCall) reasons.push(`Last failed tool call: ${lastFailedCall.toolName}: ${lastFailedCall.error.split('\n')[0]}`);
  if (reasons.length === 0) reasons.push('No reason was reported.');
  return (
    <div className="failure-summary" role="region" aria-label="Why it failed">
      <strong>{s.status === 'FAILED' ? 'This session failed.' : 'The agent process failed.'}</strong>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {exitCode !== null && (
        <span className="exit-code" data-exit-code={exitCode}>
          exit {exitCode}
        </span>
      )}
    </div>
  );
}
