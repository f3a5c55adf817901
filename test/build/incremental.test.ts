/**
 * scripts/build.ts on a scratch checkout with two small steps (node one-liners standing in for the
 * generators): a changed-only build skips a step exactly when its inputs and outputs are those it
 * left, re-runs it when an input, the command or an output changes, a full build runs every step,
 * and a failing step leaves no stamp that would let the next start skip it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, BuildError, STAMPS_FILE, type Step } from '../../scripts/build.ts';
import { tempDir } from '../helpers/server.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A step that copies `input` into out/<name>.txt and notes each run in runs.log. */
function copyStep(name: string, inputs: string[], extra = ''): Step {
  const input = inputs[0]!;
  const script = `const fs=require('fs');fs.mkdirSync('out',{recursive:true});fs.writeFileSync('out/${name}.txt',fs.readFileSync('${input}','utf8')+${JSON.stringify(extra)});fs.appendFileSync('runs.log','${name}\\n')`;
  return { name, inputs, exclude: ['src/ignored'], outputs: [`out/${name}.txt`], command: [process.execPath, '-e', script] };
}

function checkout() {
  const root = tempDir('maestro-build-');
  dirs.push(root);
  mkdirSync(join(root, 'src', 'ignored'), { recursive: true });
  writeFileSync(join(root, 'a.txt'), 'a1');
  writeFileSync(join(root, 'src', 'lib.ts'), 'one');
  return root;
}

const runs = (root: string) => (existsSync(join(root, 'runs.log')) ? readFileSync(join(root, 'runs.log'), 'utf8').trim().split('\n') : []);

describe('scripts/build.ts', () => {
  it('should re-run a step only when its inputs, command or outputs changed', async () => {
    const root = checkout();
    const steps = [copyStep('first', ['a.txt', 'src']), copyStep('second', ['out/first.txt'])];
    expect(await build({ root, steps, changedOnly: true })).toEqual(['first', 'second']);
    expect(await build({ root, steps, changedOnly: true })).toEqual([]);

    writeFileSync(join(root, 'a.txt'), 'a2'); // an input: the second step's input changes with it
    expect(await build({ root, steps, changedOnly: true })).toEqual(['first', 'second']);
    expect(readFileSync(join(root, 'out', 'second.txt'), 'utf8')).toBe('a2');

    writeFileSync(join(root, 'src', 'ignored', 'x.ts'), 'excluded'); // excluded: no rebuild
    expect(await build({ root, steps, changedOnly: true })).toEqual([]);
    writeFileSync(join(root, 'src', 'new.ts'), 'a file added under an input folder');
    expect(await build({ root, steps, changedOnly: true })).toEqual(['first']); // its output is unchanged, so the second is not

    writeFileSync(join(root, 'out', 'second.txt'), 'edited by hand');
    expect(await build({ root, steps, changedOnly: true })).toEqual(['second']);
    rmSync(join(root, 'out', 'first.txt'));
    expect(await build({ root, steps, changedOnly: true })).toEqual(['first']);

    expect(await build({ root, steps: [copyStep('first', ['a.txt', 'src'], '!'), steps[1]!], changedOnly: true })).toEqual(['first', 'second']);
    expect(await build({ root, steps })).toEqual(['first', 'second']); // a full build trusts no stamp
    expect(runs(root)).toHaveLength(11);
  });

  it('should fail with a BuildError that names the step, show its output, and not skip it next time', async () => {
    const root = checkout();
    const failing: Step = { name: 'broken', inputs: ['a.txt'], outputs: ['out/broken.txt'], command: [process.execPath, '-e', "console.error('generator says no'); process.exit(3)"] };
    const ok = copyStep('first', ['a.txt']);
    await build({ root, steps: [ok], changedOnly: true });
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      await expect(build({ root, steps: [ok, failing], changedOnly: true })).rejects.toThrow(BuildError);
      // Not skipped the next time either (no stamp was left), and `first` is not re-run.
      await expect(build({ root, steps: [ok, failing], changedOnly: true })).rejects.toThrow(/build step broken failed \(exit 3\)/);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.join('')).toContain('generator says no');
    const stamps = JSON.parse(readFileSync(join(root, STAMPS_FILE), 'utf8'));
    expect(Object.keys(stamps)).toEqual(['first']);
    expect(runs(root)).toEqual(['first']);
  });
});
