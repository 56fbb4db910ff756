// Preloaded with `--import` into a server process: at exit it writes the paths of every
// CommonJS module the process loaded to the file named by RECORD_LOADED_MODULES.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Every `require` shares one module cache, whichever file it was created for.
const { cache } = createRequire(import.meta.url);

process.on('exit', () => {
  const target = process.env.RECORD_LOADED_MODULES;
  if (target) writeFileSync(target, JSON.stringify(Object.keys(cache)));
});
