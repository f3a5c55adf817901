#!/usr/bin/env node
// The `maestro` executable: runs the TypeScript CLI (cli/src/main.ts) through tsx's ESM loader,
// since Node 20 cannot run TypeScript by itself. Commands are imported lazily by the CLI, so start-up
// costs one tsx registration plus citty.
import { register } from 'tsx/esm/api';

register();
const { runProcess } = await import('../cli/src/main.ts');
await runProcess();
