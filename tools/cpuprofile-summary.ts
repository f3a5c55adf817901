/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`) by self time: the top functions and the top
 * modules (node_modules package, or the file for the server's own code and Node's internals), as
 * markdown tables. Used for "Where the time goes" in docs/BENCHMARKS.md.
 *
 *   npx tsx tools/cpuprofile-summary.ts FILE.cpuprofile [--top 15]
 */
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** The package a script URL belongs to (scoped packages keep their scope), or a short file name. */
export function moduleOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return url;
  const nm = url.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return url.replace(/^file:\/\/.*?\/(dist|src|bench|test)\//, '$1/');
}

export function summarise(profile: Profile, top = 15) {
  // Self time per node from the sample stream (timeDeltas[i] is the time before sample i).
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const mod = moduleOf(url);
    const fn = `${functionName || '(anonymous)'} ${mod}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
  }
  const table = (title: string, m: Map<string, number>) =>
    [
      `| ${title} | self ms | % |`,
      '|---|---:|---:|',
      ...[...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, us]) => `| ${k.replaceAll('|', '\\|')} | ${(us / 1000).toFixed(0)} | ${((us / total) * 100).toFixed(1)} |`),
    ].join('\n');
  return { totalMs: total / 1000, modules: table('module', byModule), functions: table('function', byFunction) };
}

if (import.meta.filename === process.argv[1]) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx tools/cpuprofile-summary.ts FILE.cpuprofile [--top N]');
  const topAt = process.argv.indexOf('--top');
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, topAt === -1 ? 15 : Number(process.argv[topAt + 1]));
  console.log(`total sampled: ${s.totalMs.toFixed(0)} ms\n\n${s.modules}\n\n${s.functions}`);
}
