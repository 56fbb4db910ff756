/**
 * Builds the VS Code extension in editors/vscode and packages it into a .vsix.
 *
 *   npm run package:vscode [-- --out <file.vsix>]
 *
 * Three esbuild bundles, then `vsce package`:
 *  - dist/extension.js: the extension's entry, with vscode-languageclient inside (`vscode` is
 *    provided by the editor);
 *  - dist/server.js: the language server (src/language-server/cli.ts) with its own
 *    TypeScript 6 inside, minified;
 *  - node_modules/eslint-plugin-http-status/typescript-plugin/index.js: the tsserver plugin.
 *    VS Code hands tsserver the extension's folder as a plugin probe location, and tsserver
 *    resolves a plugin name as a package under `<probe>/node_modules/`, so the plugin has to
 *    sit there under the name the manifest contributes. It must use the `typescript` module
 *    tsserver passes it; the build fails if the bundle would load one of its own.
 * No bundle may contain ESLint: the build fails if one does.
 *
 * vsce leaves out every `node_modules` folder unless it lists dependencies itself, so the
 * plugin is declared as the manifest's one dependency and vsce asks npm for it (`npm ls`
 * reads the folder written here; nothing is installed or downloaded).
 *
 * Prints the size of the .vsix and of its biggest entries.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

/** The part of yauzl (vsce's zip reader, which ships no types) used here. */
interface ZipEntry {
  readonly fileName: string;
  readonly uncompressedSize: number;
  readonly compressedSize: number;
}
interface ZipFile {
  readEntry(): void;
  openReadStream(entry: ZipEntry, callback: (error: Error | null, stream?: NodeJS.ReadableStream) => void): void;
  close(): void;
  on(event: 'entry', listener: (entry: ZipEntry) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}
interface Yauzl {
  open(path: string, options: { lazyEntries: boolean; autoClose?: boolean }, callback: (error: Error | null, zip?: ZipFile) => void): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- yauzl has no type declarations; `Yauzl` above types what is used
const yauzl = require('yauzl') as Yauzl;

const ROOT = resolve(__dirname, '..');
const EXTENSION = join(ROOT, 'editors/vscode');
const PLUGIN_PACKAGE = 'eslint-plugin-http-status';
const PLUGIN_FOLDER = join(EXTENSION, 'node_modules', PLUGIN_PACKAGE);
const SERVER_ENTRY = join(ROOT, 'src/language-server/cli.ts');
const VSCE = join(ROOT, 'node_modules/@vscode/vsce/vsce');
/** Inputs that would mean ESLint (or its TypeScript parser) was pulled into a bundle. */
const FORBIDDEN_INPUT = /node_modules\/(eslint|@eslint|@typescript-eslint|typescript-eslint|espree)\//;
/** How a bundle would load a TypeScript of its own. */
const OWN_TYPESCRIPT = /require\(["']typescript["']\)/;

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}

export interface PackageResult {
  readonly vsix: string;
  readonly bytes: number;
  readonly entries: readonly { readonly path: string; readonly bytes: number; readonly compressed: number }[];
}

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8')) as Manifest;
}

/** The plugin's version as the extension's manifest declares it, which `npm ls` holds the folder to. */
function pluginVersion(manifest: Manifest): string {
  const version = manifest.dependencies?.[PLUGIN_PACKAGE];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`editors/vscode/package.json must list "${PLUGIN_PACKAGE}" with an exact version in "dependencies", got ${JSON.stringify(version)}`);
  }
  return version;
}

function checkInputs(name: string, metafile: Metafile): void {
  const forbidden = Object.keys(metafile.inputs).filter((input) => FORBIDDEN_INPUT.test(input.replace(/\\/g, '/')));
  if (forbidden.length > 0) throw new Error(`${name} would bundle ESLint: ${forbidden.slice(0, 5).join(', ')}`);
}

async function bundle(name: string, options: { entry: string; outfile: string; external: string[]; minify: boolean }): Promise<void> {
  const result = await build({
    entryPoints: [options.entry],
    outfile: options.outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: options.external,
    minify: options.minify,
    // Keeps function and class names in stack traces that end up in editor logs.
    keepNames: true,
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  checkInputs(name, result.metafile);
}

async function bundleExtension(): Promise<void> {
  await bundle('the extension', {
    entry: join(EXTENSION, 'src/extension.ts'),
    outfile: join(EXTENSION, 'dist/extension.js'),
    external: ['vscode'],
    minify: true,
  });
}

async function bundleServer(): Promise<boolean> {
  if (!existsSync(SERVER_ENTRY)) {
    console.warn(`${relative(ROOT, SERVER_ENTRY)} does not exist yet: the .vsix has no language server, so TypeScript 7 users get nothing from it.`);
    return false;
  }
  await bundle('the language server', {
    entry: SERVER_ENTRY,
    outfile: join(EXTENSION, 'dist/server.js'),
    external: [],
    minify: true,
  });
  return true;
}

async function bundlePlugin(version: string): Promise<void> {
  rmSync(PLUGIN_FOLDER, { recursive: true, force: true });
  const outfile = join(PLUGIN_FOLDER, 'typescript-plugin/index.js');
  await bundle('the TypeScript plugin', {
    entry: join(ROOT, 'src/typescript-plugin/index.ts'),
    outfile,
    external: ['typescript'],
    minify: true,
  });
  if (OWN_TYPESCRIPT.test(readFileSync(outfile, 'utf8'))) throw new Error('the TypeScript plugin bundle requires typescript itself; it must use the module tsserver hands it');
  // No `exports` map: tsserver's plugin resolution reaches the subpath as a plain folder.
  const manifest = { name: PLUGIN_PACKAGE, version, description: 'The tsserver plugin of eslint-plugin-http-status, bundled for the VS Code extension.', license: 'MIT', main: './typescript-plugin/index.js' };
  writeFileSync(join(PLUGIN_FOLDER, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function runVsce(out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  rmSync(out, { force: true });
  // No LICENSE file or repository URL in the extension's folder: both would only be prompted for.
  execFileSync(process.execPath, [VSCE, 'package', '--dependencies', '--no-yarn', '--skip-license', '--allow-missing-repository', '--out', out], {
    cwd: EXTENSION,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Every entry of a zip file with its size before and after compression. */
export function zipEntries(file: string): Promise<{ path: string; bytes: number; compressed: number }[]> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`cannot open ${file}`));
      const entries: { path: string; bytes: number; compressed: number }[] = [];
      zip.on('entry', (entry) => {
        entries.push({ path: entry.fileName, bytes: entry.uncompressedSize, compressed: entry.compressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolvePromise(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function writeEntry(zip: ZipFile, entry: ZipEntry, target: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error(`cannot read ${entry.fileName}`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, Buffer.concat(chunks));
        resolvePromise();
      });
    });
  });
}

/** Unpacks a zip file (a .vsix) into `folder`, the way VS Code unpacks an extension it installs. */
export function unzip(file: string, folder: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`cannot open ${file}`));
      zip.on('entry', (entry) => {
        const target = resolve(folder, entry.fileName);
        if (relative(folder, target).startsWith('..')) return reject(new Error(`${entry.fileName} would land outside ${folder}`));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        writeEntry(zip, entry, target).then(() => zip.readEntry(), reject);
      });
      zip.on('end', () => resolvePromise());
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function checkEntries(entries: readonly { path: string }[], withServer: boolean): void {
  const required = [
    'extension/package.json',
    'extension/dist/extension.js',
    `extension/node_modules/${PLUGIN_PACKAGE}/package.json`,
    `extension/node_modules/${PLUGIN_PACKAGE}/typescript-plugin/index.js`,
    ...(withServer ? ['extension/dist/server.js'] : []),
  ];
  const paths = new Set(entries.map((entry) => entry.path));
  const missing = required.filter((path) => !paths.has(path));
  if (missing.length > 0) throw new Error(`the .vsix lacks ${missing.join(', ')}`);
}

export async function packageExtension(out = join(EXTENSION, 'build', `${readManifest().name}-${readManifest().version}.vsix`)): Promise<PackageResult> {
  rmSync(join(EXTENSION, 'dist'), { recursive: true, force: true });
  await bundleExtension();
  const withServer = await bundleServer();
  await bundlePlugin(pluginVersion(readManifest()));
  runVsce(out);
  const entries = await zipEntries(out);
  checkEntries(entries, withServer);
  return { vsix: out, bytes: statSync(out).size, entries };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function report(result: PackageResult): void {
  console.log(`${relative(process.cwd(), result.vsix)}: ${kilobytes(result.bytes)}`);
  const biggest = [...result.entries].sort((left, right) => right.compressed - left.compressed).slice(0, 6);
  for (const entry of biggest) console.log(`  ${entry.path}: ${kilobytes(entry.bytes)} (${kilobytes(entry.compressed)} compressed)`);
}

function outArgument(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--out');
  if (index < 0) return undefined;
  const value = argv[index + 1];
  if (!value) throw new Error('package-vscode: --out needs a file name');
  return resolve(value);
}

if (require.main === module) {
  packageExtension(outArgument(process.argv.slice(2)))
    .then(report)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
