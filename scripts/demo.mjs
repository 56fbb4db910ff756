#!/usr/bin/env node
// The demo a newcomer runs first: the real ESLint CLI on the example project, with the
// plugin built from this repository. `npm run demo` builds first.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const eslint = join(root, 'node_modules/eslint/bin/eslint.js');

console.log('eslint-plugin-http-status demo: ESLint with configs.recommended on examples/\n');
const result = spawnSync(process.execPath, [eslint, '--format', 'stylish', '.'], { cwd: examples, stdio: 'inherit' });
if (result.error) throw result.error;
// ESLint exits 1 when it finds problems, which is what the examples are for.
if (result.status !== 0 && result.status !== 1) process.exit(result.status ?? 2);
console.log('The findings above are the mistakes planted in examples/src; the rest of that code is clean.');
