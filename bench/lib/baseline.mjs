/**
 * The plugin built at another commit, for `--baseline <git-ref>` of bench/lint.mjs and
 * bench/tsserver.ts.
 *
 *   const baseline = prepareBaseline('dcdd7ef', { log });
 *   // → { ref, sha, short, subject, dir, distDir, dependenciesDiffer, reused }
 *
 * The tree of the commit is extracted with `git archive <sha> | tar -x` into
 * bench/.baseline/<sha>/ (git-ignored; no worktree is registered, so the repository's git
 * state is not touched), gets a `node_modules` symlink to the repository's own, and is built
 * with its own `tsconfig.build.json` by the repository's TypeScript
 * (`node node_modules/typescript/bin/tsc -p tsconfig.build.json`). The build happens in a
 * temporary folder next to the final one and is renamed into place when it succeeded, so a
 * folder bench/.baseline/<sha>/ is always a complete build and later runs reuse it.
 *
 * The baseline is loaded with the current dependencies: when its package-lock.json differs
 * from the repository's, `dependenciesDiffer` is true and a warning is logged.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BASELINE_ROOT = path.join(REPO_ROOT, 'bench', '.baseline');
const MARKER = '.baseline.json';

const git = (...args) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Removes temporary build folders of processes that no longer run. */
function removeStaleBuilds() {
  for (const name of existsSync(BASELINE_ROOT) ? readdirSync(BASELINE_ROOT) : []) {
    const pid = Number(/^\.tmp-[0-9a-f]+-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if (err.code === 'ESRCH') rmSync(path.join(BASELINE_ROOT, name), { recursive: true, force: true });
    }
  }
}

/** Resolves `ref` to a commit and builds the plugin at that commit, or reuses an earlier build. */
export function prepareBaseline(ref, { log = () => {} } = {}) {
  let sha;
  try {
    sha = git('rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`);
  } catch {
    throw new Error(`--baseline ${ref}: not a commit of this repository`);
  }
  const short = git('rev-parse', '--short', sha);
  const subject = git('log', '-1', '--format=%s', sha);
  const dir = path.join(BASELINE_ROOT, sha);
  const info = (reused) => {
    const currentLock = readText(path.join(REPO_ROOT, 'package-lock.json'));
    const dependenciesDiffer = readText(path.join(dir, 'package-lock.json')) !== currentLock;
    if (dependenciesDiffer) {
      log(`Warning: package-lock.json at ${short} differs from the current one; the baseline is built and run with the current node_modules.`);
    }
    return { ref, sha, short, subject, dir, distDir: path.join(dir, 'dist'), dependenciesDiffer, reused };
  };
  if (existsSync(path.join(dir, MARKER)) && existsSync(path.join(dir, 'dist', 'src', 'index.js'))) return info(true);

  mkdirSync(BASELINE_ROOT, { recursive: true });
  removeStaleBuilds();
  const tmp = path.join(BASELINE_ROOT, `.tmp-${sha.slice(0, 12)}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    log(`Building the baseline ${short} (${ref}) in ${path.relative(REPO_ROOT, dir)}…`);
    const started = performance.now();
    const archive = spawnSync('git', ['archive', '--format=tar', sha], { cwd: REPO_ROOT, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${sha} failed: ${archive.stderr}`);
    const tar = spawnSync('tar', ['-x', '-C', tmp], { input: archive.stdout, maxBuffer: 1 << 26 });
    if (tar.status !== 0) throw new Error(`tar -x failed: ${tar.stderr}`);
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
    const tsc = spawnSync(process.execPath, [path.join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: tmp,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json at ${short} failed:\n${tsc.stdout}${tsc.stderr}`);
    if (!existsSync(path.join(tmp, 'dist', 'src', 'index.js'))) throw new Error(`the build at ${short} has no dist/src/index.js`);
    writeFileSync(
      path.join(tmp, MARKER),
      JSON.stringify({ ref, sha, subject, builtAt: new Date().toISOString(), node: process.version, buildMs: Math.round(performance.now() - started) }, null, 2) + '\n',
    );
    // A folder without the marker is not one of ours (this script renames complete builds only).
    if (existsSync(dir) && !existsSync(path.join(dir, MARKER))) rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(tmp, dir);
    } catch (err) {
      // Another run built the same commit meanwhile: keep its folder.
      if (!['ENOTEMPTY', 'EEXIST'].includes(err.code) || !existsSync(path.join(dir, MARKER))) throw err;
    }
    log(`Built the baseline ${short} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return info(false);
}
