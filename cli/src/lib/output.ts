/**
 * Everything a command prints goes through here, so `--json` stays exact:
 *   success  → stdout `{"ok":true,"data":…}`
 *   failure  → stdout `{"ok":false,"error":{"code":…,"message":…}}` (with --json) or one line on
 *              stderr saying what was wrong and what to do next (without; field errors add a
 *              line per field).
 */
import type { CliError } from './errors.ts';

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function writeErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Prints a command's result: the JSON envelope, or the human rendering. */
export function printResult<T>(json: boolean | undefined, data: T, human: (data: T) => string | readonly string[]): void {
  if (json) return writeOut(JSON.stringify({ ok: true, data }));
  const text = human(data);
  writeOut(typeof text === 'string' ? text : text.join('\n'));
}

/** The --json error object: exactly {code, message}; the server's message already names each field. */
export function errorJson(error: CliError): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code: error.code, message: error.message } };
}

/** Without --json: the message (or, for field errors, one line per field), then what to do next. */
export function printError(json: boolean, error: CliError): void {
  if (json) return writeOut(JSON.stringify(errorJson(error)));
  // One line: what was wrong, then what to do. Field errors get a line per field.
  if (!error.details.length) return writeErr(`maestro: ${error.message}${error.hint ? ` ${error.hint}` : ''}`);
  const lines = [`maestro: the server refused the input (${error.code}):`, ...error.details.map((d) => `  ${d}`)];
  if (error.hint) lines.push(error.hint);
  writeErr(lines.join('\n'));
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A compact left-aligned table; the last column is not padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

/** "2026-11-25T08:17:53.123Z" → "2026-11-25 08:17". */
export function shortTime(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '-';
}

/** The pagination footer of a list: how to fetch the next page. */
export function nextPageLine(command: string, pageInfo: { hasNextPage: boolean; endCursor?: string | null }): string | null {
  return pageInfo.hasNextPage && pageInfo.endCursor ? `next page: ${command} --after ${pageInfo.endCursor}` : null;
}
