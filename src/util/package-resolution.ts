import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const RESOLVABLE = new Map<string, boolean>();

/** ESLint's names for code that comes from no file: stdin, the Linter API, editors' buffers. */
function isVirtualFilename(filename: string): boolean {
  return filename === '' || /^<.*>$/.test(filename);
}

function canResolve(directory: string, packageName: string): boolean {
  try {
    // A path inside the directory stands in for the file, which need not exist on disk.
    createRequire(join(directory, '__http_status_resolve__.js')).resolve(`${packageName}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `packageName` is installed as seen from the linted file, resolved the way Node
 * would from its directory, once per directory and package.
 */
export function isPackageInstalledFor(filename: string, cwd: string, packageName: string): boolean {
  if (isVirtualFilename(filename)) return false;
  const directory = dirname(isAbsolute(filename) ? filename : resolve(cwd, filename));
  const key = `${packageName}\0${directory}`;
  let found = RESOLVABLE.get(key);
  if (found === undefined) {
    found = canResolve(directory, packageName);
    RESOLVABLE.set(key, found);
  }
  return found;
}
