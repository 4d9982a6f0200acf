#!/usr/bin/env node
// The `palapa` command. Node 20 cannot run TypeScript, so this launcher registers tsx (already the
// repository's TypeScript runner) and imports the sources. Chosen over a build step because the SDK
// the CLI imports is itself shipped as .ts (its package exports point at src/), so a compiled CLI
// would still need a TypeScript loader for it; one loader, no stale dist/ to forget to rebuild.
import { sep } from 'node:path';
import { register } from 'tsx/esm/api';

// `npx palapa` inside a workspace runs from the nearest package.json's folder above where it was
// typed; npm keeps the typed folder in INIT_CWD. Go back down only in that case: INIT_CWD is
// inherited by every child of an npx process, so it alone does not mean we were moved.
const typedIn = process.env.INIT_CWD;
if (process.env.npm_command === 'exec' && typedIn && typedIn.startsWith(process.cwd() + sep)) process.chdir(typedIn);

register();
await import('../src/main.ts');
