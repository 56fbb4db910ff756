/**
 * The demo a newcomer runs first (`npm ci && npm run demo`): the real ESLint CLI on the
 * example project, then hovers, completions and inlay hints for the same files from a real
 * tsserver with the TypeScript plugin, all from the package built in this repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { TsServerClient } from '../tools/tsserver-client';

const ROOT = join(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');

function section(title: string): void {
  console.log(`\n\x1b[1m${title}\x1b[0m\n`);
}

function lintExamples(): void {
  section('1. ESLint with configs.recommended on examples/');
  const eslint = join(ROOT, 'node_modules/eslint/bin/eslint.js');
  const result = spawnSync(process.execPath, [eslint, '--format', 'stylish', '.'], { cwd: EXAMPLES, stdio: 'inherit' });
  if (result.error) throw result.error;
  // ESLint exits 1 when it finds problems, which is what the examples are for.
  if (result.status !== 0 && result.status !== 1) process.exit(result.status ?? 2);
}

/**
 * tsserver finds plugins the way Node finds packages, next to the TypeScript it runs from;
 * a link in node_modules makes this repository's build look installed, for the demo and for
 * an editor opened on examples/.
 */
function linkPackage(): void {
  const link = join(ROOT, 'node_modules/eslint-plugin-http-status');
  if (!existsSync(link) && !isBrokenLink(link)) symlinkSync('..', link, 'dir');
}

function isBrokenLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

interface Location {
  line: number;
  offset: number;
}

function locate(text: string, needle: string, delta = 0): Location {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} is not in the example`);
  const before = text.slice(0, index + delta).split('\n');
  return { line: before.length, offset: before[before.length - 1]!.length + 1 };
}

function plain(parts: string | { text: string }[] | undefined): string {
  return typeof parts === 'string' ? parts : (parts ?? []).map((part) => part.text).join('');
}

async function showEditorFeatures(): Promise<void> {
  section('2. The TypeScript plugin in a real tsserver (TypeScript 6), on the same files');
  linkPackage();
  const client = new TsServerClient({
    tsserverPath: join(ROOT, 'node_modules/typescript/lib/tsserver.js'),
    args: ['--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents'],
  });
  try {
    const file = join(EXAMPLES, 'src/users.express.ts');
    const original = readFileSync(file, 'utf8');
    // An unfinished line, as if the cursor had just typed `res.status(`.
    const text = original.replace("res.status(StatusCodes.OK).json(user);", 'res.status(');
    client.notify('open', { file, fileContent: text, projectRootPath: EXAMPLES });

    const hover = async (needle: string, delta: number) => {
      const info = await client.request<{ displayString: string; documentation: string | { text: string }[] }>('quickinfo', { file, ...locate(text, needle, delta) });
      console.log(`Hover on ${needle.trim()}:\n${plain(info.documentation).replace(/^/gm, '  ')}\n`);
    };
    await hover('res.status(404)', 11);
    await hover('StatusCodes.METHOD_FAILURE', 12);

    const completions = await client.request<{ entries: { name: string; sortText: string; insertText?: string; labelDetails?: { description?: string } }[] }>('completionInfo', {
      file,
      ...locate(text, 'res.status(\n', 11),
    });
    const statuses = completions.entries
      .filter((entry) => /^\d{3}$/.test(entry.name))
      .sort((a, b) => a.sortText.localeCompare(b.sortText))
      .slice(0, 8);
    console.log('Completions after `res.status(`, as an editor sorts them (the file imports StatusCodes, so they insert its members):');
    for (const entry of statuses) console.log(`  ${entry.name}  ${entry.labelDetails?.description ?? ''}  → ${entry.insertText ?? entry.name}`);

    const hints = await client.request<{ text: string; position: Location }[]>('provideInlayHints', { file, start: 0, length: text.length });
    console.log('\nInlay hints:');
    for (const hint of hints) console.log(`  line ${hint.position.line}: ${text.split('\n')[hint.position.line - 1]!.trim()}  ⟵ ${hint.text}`);
  } finally {
    await client.close();
  }
}

async function main(): Promise<void> {
  lintExamples();
  await showEditorFeatures();
  console.log('\nOpen examples/ in an editor that runs the workspace TypeScript to see the same hovers.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
