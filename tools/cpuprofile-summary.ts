/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`) by self time: the top functions and the top
 * modules (node_modules package, or the file for the server's own code and Node's internals), as
 * markdown tables. Used for "Where the time goes" in docs/BENCHMARKS.md. Code in an esbuild bundle
 * (dist/server-app.cjs holds the server and its dependencies) is attributed to the package or source file it came
 * from, by the `// path` comment esbuild writes before each module.
 *
 *   npx tsx tools/cpuprofile-summary.ts FILE.cpuprofile [--top 15]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** The package a path belongs to (scoped packages keep their scope), or the path from src/, dist/, …. */
function packageOf(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return path.replace(/^(file:\/\/)?.*?\/?((dist|src|bench|test)\/)/, '$2');
}

/** For a bundle: the first line of each module in it (ascending) and the module's package or file. */
const bundleMaps = new Map<string, { line: number; module: string }[] | null>();
function bundleMap(url: string) {
  if (!bundleMaps.has(url)) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    let starts: { line: number; module: string }[] | null = null;
    if (/\.[mc]?js$/.test(file) && existsSync(file)) {
      starts = [];
      for (const [line, text] of readFileSync(file, 'utf8').split('\n').entries()) {
        const match = /^\/\/ ((?:\S*\/)?(?:node_modules|src)\/\S+)$/.exec(text);
        if (match) starts.push({ line, module: packageOf(match[1]!) });
      }
      if (starts.length < 2) starts = null;
    }
    bundleMaps.set(url, starts);
  }
  return bundleMaps.get(url)!;
}

/** The package (or file) a script URL and 0-based line belong to. */
export function moduleOf(url: string, line = 0): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return url;
  const starts = bundleMap(url);
  if (starts) {
    let lo = 0;
    let hi = starts.length - 1;
    if (line < starts[0]!.line) return `${packageOf(url)} (bundle runtime)`;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]!.line <= line) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!.module;
  }
  return packageOf(url);
}

/**
 * `window` keeps only samples taken between two instants of the monotonic clock, in microseconds
 * (`process.hrtime.bigint() / 1000n`): V8 stamps samples with that clock, which every process on the
 * machine shares, so a client can bracket the phase it wants profiled (the list walks, not the creates).
 */
export function summarise(profile: Profile, top = 15, window?: { fromUs: number; toUs: number }) {
  // Self time per node from the sample stream (timeDeltas[i] is the time before sample i).
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const mod = moduleOf(url, lineNumber);
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
