/**
 * axe-core in a real page: the package's bundle is injected as a script and `axe.run()` checks the
 * rendered DOM. Only serious and critical violations fail a test; each is reported with its rule
 * and the first offending elements so the failure says what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/server.ts';

const AXE_SOURCE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Serious and critical violations on the page as it is now, as readable lines; `exclude`: CSS selectors to leave out. */
export async function seriousViolations(page: Page, { exclude = [] }: { exclude?: string[] } = {}): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE_SOURCE, 'utf8') });
  const violations = await page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run({ exclude: excluded.map((selector) => [selector]) })).violations;
  }, exclude);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}
