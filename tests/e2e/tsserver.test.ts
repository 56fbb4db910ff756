/**
 * The TypeScript language-service plugin inside real tsserver processes (TypeScript 6.0,
 * 5.9 and 5.5), installed in a temporary project the way npm would install it:
 *  - listed in the project's tsconfig.json, with tsserver running from the project's own
 *    node_modules/typescript (what editors do with "Use Workspace Version");
 *  - as a global plugin (`--globalPlugins` + `--pluginProbeLocations`) with nothing in
 *    tsconfig.json, and tsserver running from outside the project (an editor's bundled one);
 *  - in a `--serverMode partialSemantic` server (an editor's syntax server);
 *  - with each wrapped hook made to throw, where TypeScript's own answer must come back.
 * `npm run build` must have run: the plugin is loaded from dist/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TsServerClient, TsServerError } from '../../tools/tsserver-client';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(ROOT, 'tests/e2e/ts-fixture');
const PLUGIN = 'eslint-plugin-http-status/typescript-plugin';
const FAILURE_VARIABLE = 'HTTP_STATUS_TS_PLUGIN_SIMULATE_FAILURE';
const HOOKS = ['getQuickInfoAtPosition', 'getCompletionsAtPosition', 'getCompletionEntryDetails', 'provideInlayHints'] as const;
type Hook = (typeof HOOKS)[number];
const RFC_404 = 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5';

const VERSIONS = ['typescript', 'typescript-5.9', 'typescript-5.5'].map((pkg) => ({
  pkg,
  version: (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version,
}));

// ---------------------------------------------------------------------------------------
// Protocol shapes (only what the assertions read)

type Parts = string | readonly { readonly text: string }[] | undefined;
interface Location {
  readonly line: number;
  readonly offset: number;
}
interface QuickInfo {
  readonly kind: string;
  readonly displayString: string;
  readonly documentation: Parts;
  readonly start: Location;
  readonly end: Location;
}
interface CompletionEntry {
  readonly name: string;
  readonly kind: string;
  readonly kindModifiers?: string;
  readonly sortText: string;
  readonly insertText?: string;
  readonly labelDetails?: { readonly description?: string; readonly detail?: string };
  readonly replacementSpan?: { readonly start: Location; readonly end: Location };
}
interface CompletionInfo {
  readonly entries: readonly CompletionEntry[];
}
interface CompletionEntryDetails {
  readonly name: string;
  readonly displayParts: Parts;
  readonly documentation: Parts;
}
interface InlayHint {
  readonly text: string;
  readonly position: Location;
  readonly kind: string;
}
interface ProjectInfo {
  readonly configFileName: string;
}

/** Display parts or a string, as plain text (tsserver sends either, by command and version). */
function plain(parts: Parts): string {
  return typeof parts === 'string' ? parts : (parts ?? []).map((part) => part.text).join('');
}

/** The 1-based line and offset `delta` characters after `needle`, which must occur exactly once. */
function locate(text: string, needle: string, delta = 0): Location {
  const index = text.indexOf(needle);
  if (index < 0 || text.indexOf(needle, index + 1) >= 0) throw new Error(`${JSON.stringify(needle)} must occur exactly once in:\n${text}`);
  const lines = text.slice(0, index + delta).split('\n');
  return { line: lines.length, offset: lines[lines.length - 1]!.length + 1 };
}

/** Status-code entries (three-digit names) of a completion list. */
function statusEntries(info: CompletionInfo | undefined): CompletionEntry[] {
  return (info?.entries ?? []).filter((entry) => /^\d{3}$/.test(entry.name));
}

function entry(info: CompletionInfo | undefined, name: string): CompletionEntry | undefined {
  return info?.entries.find((candidate) => candidate.name === name);
}

function expect404Documentation(text: string): void {
  expect(text).toContain('**404 Not Found**');
  expect(text).toContain('4xx client error');
  expect(text).toContain('no current representation for the target resource');
  expect(text).toContain(RFC_404);
}

// ---------------------------------------------------------------------------------------
// The temporary install

interface Workspace {
  readonly root: string;
  /** tsserver inside the workspace's node_modules/typescript (a copy of the tested version). */
  readonly localTsserver: string;
  /** The tested version where this repository installed it, outside the workspace. */
  readonly sharedTsserver: string;
}

interface ProjectFile {
  readonly path: string;
  readonly text: string;
  readonly projectRoot: string;
}

/** Writes a copy of the fixture project with `plugins` (or none) in its tsconfig.json. */
function writeProject(workspace: string, name: string, plugins: readonly Record<string, unknown>[] | undefined): string {
  const project = join(workspace, name);
  cpSync(FIXTURE, project, { recursive: true });
  const tsconfig = JSON.parse(readFileSync(join(FIXTURE, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  if (plugins) tsconfig.compilerOptions.plugins = plugins;
  else delete tsconfig.compilerOptions.plugins;
  writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return project;
}

/**
 * A workspace with node_modules/{typescript, eslint-plugin-http-status, http-status-codes}:
 * TypeScript and the plugin are real copies (the plugin as `npm pack` would ship it: package.json,
 * dist, typescript-plugin), so nothing resolves back into this repository's node_modules.
 */
function createWorkspace(pkg: string): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'http-status-tsserver-'));
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  cpSync(join(ROOT, 'node_modules', pkg), join(modules, 'typescript'), { recursive: true });
  const plugin = join(modules, 'eslint-plugin-http-status');
  for (const entry of ['package.json', 'dist/package.json', 'dist/src', 'dist/rules', 'typescript-plugin']) {
    cpSync(join(ROOT, entry), join(plugin, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules/http-status-codes'), join(modules, 'http-status-codes'), 'dir');
  writeProject(root, 'configured', [{ name: PLUGIN }]);
  // `hover: 'yes'` is malformed and `completion` misspelled: both ignored with one log line, the defaults kept.
  writeProject(root, 'configured-options', [{ name: PLUGIN, inlayHints: false, hover: 'yes', completion: false }]);
  writeProject(root, 'global', undefined);
  return {
    root,
    localTsserver: join(modules, 'typescript/lib/tsserver.js'),
    sharedTsserver: join(ROOT, 'node_modules', pkg, 'lib/tsserver.js'),
  };
}

function projectFile(workspace: Workspace, project: string, file: string): ProjectFile {
  const path = join(workspace.root, project, 'src', file);
  return { path, text: readFileSync(path, 'utf8'), projectRoot: join(workspace.root, project) };
}

/** The completions fixture with `res.status(200);` replaced by `replacement`, which marks the cursor with `|`. */
function completionSource(workspace: Workspace, project: string, replacement: string, prefix = ''): { file: ProjectFile; at: Location } {
  const base = projectFile(workspace, project, 'completions.ts');
  const marked = prefix + base.text.replace('res.status(200);', replacement);
  const cursor = marked.indexOf('|');
  if (cursor < 0 || marked.indexOf('|', cursor + 1) >= 0) throw new Error('mark the cursor with exactly one |');
  const text = marked.slice(0, cursor) + marked.slice(cursor + 1);
  const lines = text.slice(0, cursor).split('\n');
  return { file: { ...base, text }, at: { line: lines.length, offset: lines[lines.length - 1]!.length + 1 } };
}

// ---------------------------------------------------------------------------------------
// A tsserver session

class Session {
  private readonly opened = new Map<string, string>();

  constructor(
    readonly client: TsServerClient,
    readonly logFile: string,
  ) {}

  static start(tsserver: string, logFile: string, args: readonly string[] = [], env: Record<string, string | undefined> = {}): Session {
    const client = new TsServerClient({
      tsserverPath: tsserver,
      args: ['--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents', '--logVerbosity', 'verbose', '--logFile', logFile, ...args],
      // Whatever the outer environment says, only the fallback servers simulate failures.
      env: { [FAILURE_VARIABLE]: undefined, ...env },
      requestTimeout: 60_000,
    });
    return new Session(client, logFile);
  }

  /** Opens `file` with its text (re-opening it when the text changed). */
  open(file: ProjectFile): void {
    const current = this.opened.get(file.path);
    if (current === file.text) return;
    if (current !== undefined) this.client.notify('close', { file: file.path });
    this.client.notify('open', { file: file.path, fileContent: file.text, projectRootPath: file.projectRoot });
    this.opened.set(file.path, file.text);
  }

  projectInfo(file: ProjectFile): Promise<ProjectInfo> {
    this.open(file);
    return this.client.request<ProjectInfo>('projectInfo', { file: file.path, needFileNameList: false });
  }

  quickInfo(file: ProjectFile, at: Location): Promise<QuickInfo | undefined> {
    this.open(file);
    return orNoContent(this.client.request<QuickInfo>('quickinfo', { file: file.path, ...at }));
  }

  completions(file: ProjectFile, at: Location): Promise<CompletionInfo | undefined> {
    this.open(file);
    return orNoContent(this.client.request<CompletionInfo>('completionInfo', { file: file.path, ...at }));
  }

  details(file: ProjectFile, at: Location, entryNames: readonly string[]): Promise<CompletionEntryDetails[]> {
    this.open(file);
    return this.client.request<CompletionEntryDetails[]>('completionEntryDetails', { file: file.path, ...at, entryNames });
  }

  inlayHints(file: ProjectFile): Promise<InlayHint[]> {
    this.open(file);
    return this.client.request<InlayHint[]>('provideInlayHints', { file: file.path, start: 0, length: file.text.length });
  }

  /** Host preferences; `configure` gets no response in TypeScript 5.5, so later requests wait for it. */
  preferences(preferences: Record<string, unknown>): void {
    this.client.notify('configure', { preferences });
  }

  configurePlugin(configuration: unknown): void {
    this.client.notify('configurePlugin', { pluginName: PLUGIN, configuration });
  }

  log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
  }

  /** Log lines the plugin wrote (its prefix after tsserver's `Info 12 [time]`). */
  pluginLines(): string[] {
    return this.log()
      .split('\n')
      .filter((line) => /^\w+\s+\d+\s+\[[^\]]+\] \[http-status\] /.test(line));
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

async function orNoContent<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    // tsserver's answer when the language service returned `undefined`.
    if (error instanceof TsServerError && error.serverMessage === 'No content available.') return undefined;
    throw error;
  }
}

/** TypeScript's own inlay-hint preferences all off: any hint left is the plugin's. */
const NO_TYPESCRIPT_HINTS = {
  includeInlayParameterNameHints: 'none',
  includeInlayParameterNameHintsWhenArgumentMatchesName: false,
  includeInlayFunctionParameterTypeHints: false,
  includeInlayVariableTypeHints: false,
  includeInlayPropertyDeclarationTypeHints: false,
  includeInlayFunctionLikeReturnTypeHints: false,
  includeInlayEnumMemberValueHints: false,
};
/** TypeScript's parameter-name hints on literal arguments: `res.status(code: 404)`. */
const LITERAL_PARAMETER_HINTS = { ...NO_TYPESCRIPT_HINTS, includeInlayParameterNameHints: 'literals' };

// ---------------------------------------------------------------------------------------
// Checks shared by the configurations

function statusHoverChecks(context: () => { session: Session; project: string; workspace: Workspace }): void {
  it('hovering 404 in res.status(404) shows the status documentation', async () => {
    const { session, project, workspace } = context();
    const file = projectFile(workspace, project, 'status.ts');
    const info = await session.quickInfo(file, locate(file.text, 'res.status(404)', 12));
    expect(info).toBeDefined();
    expect(info!.displayString).toBe('404 Not Found');
    expect(info!.start).toEqual(locate(file.text, '404)'));
    expect(info!.end).toEqual(locate(file.text, '404)', 3));
    expect404Documentation(plain(info!.documentation));
  });

  it('hovering 401 names the header the spec requires', async () => {
    const { session, project, workspace } = context();
    const file = projectFile(workspace, project, 'status.ts');
    const info = await session.quickInfo(file, locate(file.text, 'res.status(401)', 11));
    const documentation = plain(info?.documentation);
    expect(documentation).toContain('**401 Unauthorized**');
    expect(documentation).toContain('MUST send WWW-Authenticate');
  });

  it('hovering a number that is not a status shows no status documentation', async () => {
    const { session, project, workspace } = context();
    const file = projectFile(workspace, project, 'status.ts');
    const at = locate(file.text, '500)', 1);
    const info = await session.quickInfo(file, at);
    // TypeScript has nothing to say about a bare number; the plugin must not either.
    expect(info).toBeUndefined();
    // The same position in a status site does get documentation, so the position is right.
    const moved = { ...file, text: file.text.replace('setTimeout(() => {}, 500);', '          res.status(500);') };
    const statusInfo = await session.quickInfo(moved, at);
    expect(plain(statusInfo?.documentation)).toContain('**500 Internal Server Error**');
    session.open(file);
  });

  it('hovering StatusCodes.NOT_FOUND keeps TypeScript quick info and adds the documentation', async () => {
    const { session, project, workspace } = context();
    const file = projectFile(workspace, project, 'constants.ts');
    const info = await session.quickInfo(file, locate(file.text, 'NOT_FOUND', 4));
    expect(info).toBeDefined();
    expect(info!.displayString).toBe('(enum member) StatusCodes.NOT_FOUND = 404');
    const documentation = plain(info!.documentation);
    // http-status-codes' own JSDoc comes first, ours after it.
    expect(documentation).toContain('Official Documentation @ https://tools.ietf.org/html/rfc7231#section-6.5.4');
    expect404Documentation(documentation);
    expect(documentation.indexOf('Official Documentation')).toBeLessThan(documentation.indexOf('**404 Not Found**'));
  });
}

function completionChecks(context: () => { session: Session; project: string; workspace: Workspace }): void {
  it('completes status codes in res.status(| with their names, keeping TypeScript entries', async () => {
    const { session, project, workspace } = context();
    const { file, at } = completionSource(workspace, project, 'res.status(|);');
    const info = await session.completions(file, at);
    const names = statusEntries(info).map((candidate) => candidate.name);
    expect(names).toEqual(expect.arrayContaining(['200', '201', '204', '400', '401', '404', '500']));
    expect(entry(info, '404')).toMatchObject({ kind: 'const', insertText: '404', labelDetails: { description: 'Not Found' } });
    expect(entry(info, '201')?.labelDetails?.description).toBe('Created');
    // Common codes sort before the rest.
    expect(entry(info, '404')!.sortText < entry(info, '402')!.sortText).toBe(true);
    // The rest, 5xx too, after the locals and before the globals; retired ones after both.
    expect(entry(info, 'res')!.sortText < entry(info, '505')!.sortText).toBe(true);
    expect(entry(info, '505')!.sortText < entry(info, 'setTimeout')!.sortText).toBe(true);
    expect(entry(info, 'setTimeout')!.sortText < entry(info, '306')!.sortText).toBe(true);
    // TypeScript's own entries are still there.
    expect(entry(info, 'res')).toBeDefined();
    expect(entry(info, 'setTimeout')).toBeDefined();
  });

  it('narrows to the typed digits in res.status(40|', async () => {
    const { session, project, workspace } = context();
    const { file, at } = completionSource(workspace, project, 'res.status(40|);');
    const info = await session.completions(file, at);
    const entries = statusEntries(info);
    expect(entries.map((candidate) => candidate.name)).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409']));
    expect(entries.every((candidate) => candidate.name.startsWith('40'))).toBe(true);
    // The typed `40` is what the chosen entry replaces.
    expect(entry(info, '404')?.replacementSpan).toEqual({ start: { line: at.line, offset: at.offset - 2 }, end: at });
  });

  it('inserts the imported constant when the file imports StatusCodes', async () => {
    const { session, project, workspace } = context();
    const { file, at } = completionSource(workspace, project, 'res.status(|);', "import { StatusCodes } from 'http-status-codes';\n");
    const info = await session.completions(file, at);
    expect(entry(info, '404')).toMatchObject({ insertText: 'StatusCodes.NOT_FOUND', labelDetails: { description: 'Not Found' } });
    expect(entry(info, '201')?.insertText).toBe('StatusCodes.CREATED');
  });

  it('completes an empty status value: { status: | } in a Response init, and res.statusCode = |', async () => {
    const { session, project, workspace } = context();
    for (const replacement of ['const created = new Response(null, { status: | });', 'const headers = { statusCode: | };', 'const out = { statusCode: 0 }; out.statusCode = |;']) {
      const { file, at } = completionSource(workspace, project, replacement);
      const info = await session.completions(file, at);
      expect(entry(info, '404')?.labelDetails?.description, replacement).toBe('Not Found');
    }
  });

  it('offers no status codes where no status goes', async () => {
    const { session, project, workspace } = context();
    const { file, at } = completionSource(workspace, project, 'const limits = { max: | };');
    const info = await session.completions(file, at);
    expect(statusEntries(info)).toEqual([]);
  });

  it('gives the documentation of a status entry in completionEntryDetails', async () => {
    const { session, project, workspace } = context();
    const { file, at } = completionSource(workspace, project, 'res.status(|);');
    const details = await session.details(file, at, ['404']);
    expect(details).toHaveLength(1);
    expect(details[0]!.name).toBe('404');
    expect(plain(details[0]!.displayParts)).toBe('404 Not Found');
    expect404Documentation(plain(details[0]!.documentation));
  });
}

function hintText(hints: readonly InlayHint[]): string[] {
  return hints.map((hint) => `${hint.position.line}:${hint.position.offset} ${hint.kind} ${hint.text}`);
}

/** A hint as `hintText` renders it, placed `delta` characters after `needle` in `file`. */
function hintAt(file: ProjectFile, needle: string, delta: number, kind: string, text: string): string {
  const at = locate(file.text, needle, delta);
  return `${at.line}:${at.offset} ${kind} ${text}`;
}

/** Our hints for status.ts: the name right after each bare status literal. */
function statusHints(file: ProjectFile): string[] {
  return [hintAt(file, '404)', 3, 'Enum', 'Not Found'), hintAt(file, '401)', 3, 'Enum', 'Unauthorized'), hintAt(file, '201 }', 3, 'Enum', 'Created')];
}

/** TypeScript's parameter-name hint before the 404 literal. */
function codeParameterHint(file: ProjectFile): string {
  return hintAt(file, '404)', 0, 'Parameter', 'code:');
}

// ---------------------------------------------------------------------------------------

describe.each(VERSIONS)('TypeScript $version ($pkg) tsserver', ({ pkg, version }) => {
  let workspace: Workspace;

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/src/typescript-plugin/index.js'))) throw new Error('Run `npm run build` before the end-to-end tests.');
    workspace = createWorkspace(pkg);
  });

  afterAll(() => {
    if (workspace) rmSync(workspace.root, { recursive: true, force: true });
  });

  describe('plugin listed in tsconfig.json, tsserver from the project node_modules', () => {
    let session: Session;
    const context = () => ({ session, workspace, project: 'configured' });

    beforeAll(async () => {
      session = Session.start(workspace.localTsserver, join(workspace.root, 'configured.log'));
      // Both projects are created before any configurePlugin: tsserver hands a later-created
      // project the last configurePlugin configuration instead of its tsconfig entry.
      await session.projectInfo(projectFile(workspace, 'configured', 'status.ts'));
      await session.projectInfo(projectFile(workspace, 'configured-options', 'status.ts'));
    });
    afterAll(async () => {
      await session?.close();
    });

    it('loads the plugin from the project node_modules into the configured project', async () => {
      const info = await session.projectInfo(projectFile(workspace, 'configured', 'status.ts'));
      expect(info.configFileName).toBe(join(workspace.root, 'configured/tsconfig.json'));
      const log = session.log();
      expect(log).toContain(`Loading ${PLUGIN} from ${join(workspace.root, 'node_modules/typescript/lib')}`);
      expect(log).toContain(`[http-status] enabled (TypeScript ${version})`);
      expect(log).toContain('Plugin validation succeeded');
    });

    it('reads options from the tsconfig entry: inlayHints false, a malformed value and a misspelled key ignored with one log line', async () => {
      const file = projectFile(workspace, 'configured-options', 'status.ts');
      session.preferences(NO_TYPESCRIPT_HINTS);
      const info = await session.projectInfo(file);
      expect(info.configFileName).toBe(join(workspace.root, 'configured-options/tsconfig.json'));
      expect(await session.inlayHints(file)).toEqual([]);
      // `hover: 'yes'` was ignored: hover keeps its default (on).
      expect(plain((await session.quickInfo(file, locate(file.text, '404)', 1)))?.documentation)).toContain('**404 Not Found**');
      const malformed = session.pluginLines().filter((line) => line.includes('ignoring malformed options'));
      expect(malformed).toHaveLength(1);
      expect(malformed[0]).toContain('option "hover" must be true or false, got "yes"');
      expect(malformed[0]).toContain('unknown option "completion" (the options are inlayHints, hover, completions, headers)');
      // `completion: false` was ignored: completions keep their default (on).
      const { file: unfinished, at } = completionSource(workspace, 'configured-options', 'res.status(|);');
      expect(entry(await session.completions(unfinished, at), '404')).toBeDefined();
    });

    statusHoverChecks(context);

    it('hovering the value of { status: 201 } shows the status documentation', async () => {
      const file = projectFile(workspace, 'configured', 'status.ts');
      const info = await session.quickInfo(file, locate(file.text, '201 }', 1));
      expect(info?.displayString).toBe('201 Created');
      expect(plain(info?.documentation)).toContain('SHOULD send Location');
    });

    completionChecks(context);

    it('appends status-name inlay hints to TypeScript parameter-name hints', async () => {
      const file = projectFile(workspace, 'configured', 'status.ts');
      session.preferences(LITERAL_PARAMETER_HINTS);
      const hints = hintText(await session.inlayHints(file));
      const typescriptHints = [codeParameterHint(file), hintAt(file, '500)', 0, 'Parameter', 'timeout:')];
      expect(hints).toEqual(expect.arrayContaining([...typescriptHints, ...statusHints(file)]));
      // TypeScript's come first, the plugin's are appended; 500 in setTimeout gets no name.
      expect(hints.indexOf(typescriptHints[0]!)).toBeLessThan(hints.indexOf(statusHints(file)[0]!));
      expect(hints.filter((hint) => hint.includes('Internal Server Error'))).toEqual([]);
    });

    it('shows status-name inlay hints with every TypeScript inlay preference off', async () => {
      const file = projectFile(workspace, 'configured', 'status.ts');
      session.preferences(NO_TYPESCRIPT_HINTS);
      expect(hintText(await session.inlayHints(file))).toEqual(statusHints(file));
    });

    it('configurePlugin { inlayHints: false } turns the hints off, and true back on', async () => {
      const file = projectFile(workspace, 'configured', 'status.ts');
      session.preferences(LITERAL_PARAMETER_HINTS);
      try {
        session.configurePlugin({ inlayHints: false });
        const off = hintText(await session.inlayHints(file));
        expect(off.filter((hint) => hint.includes(' Enum '))).toEqual([]);
        expect(off).toContain(codeParameterHint(file));
      } finally {
        session.configurePlugin({ inlayHints: true });
      }
      expect(hintText(await session.inlayHints(file))).toEqual(expect.arrayContaining(statusHints(file)));
    });

    it('each configurePlugin replaces the one before, as tsserver does for projects opened later', async () => {
      const constants = projectFile(workspace, 'configured', 'constants.ts');
      const status = projectFile(workspace, 'configured', 'status.ts');
      try {
        session.configurePlugin({ hover: false });
        session.configurePlugin({ inlayHints: false });
        const info = await session.quickInfo(constants, locate(constants.text, 'NOT_FOUND', 4));
        expect(plain(info?.documentation)).toContain('**404 Not Found**');
        session.preferences(NO_TYPESCRIPT_HINTS);
        expect(hintText(await session.inlayHints(status))).toEqual([]);
      } finally {
        session.configurePlugin({});
      }
      expect(hintText(await session.inlayHints(status))).toEqual(statusHints(status));
    });

    it('configurePlugin { hover: false, completions: false } leaves only TypeScript answers', async () => {
      const constants = projectFile(workspace, 'configured', 'constants.ts');
      const { file, at } = completionSource(workspace, 'configured', 'res.status(|);');
      try {
        session.configurePlugin({ hover: false, completions: false });
        const info = await session.quickInfo(constants, locate(constants.text, 'NOT_FOUND', 4));
        expect(info?.displayString).toBe('(enum member) StatusCodes.NOT_FOUND = 404');
        expect(plain(info?.documentation)).not.toContain('**404 Not Found**');
        const completions = await session.completions(file, at);
        expect(entry(completions, 'res')).toBeDefined();
        expect(statusEntries(completions)).toEqual([]);
      } finally {
        session.configurePlugin({ hover: true, completions: true });
      }
      expect(plain((await session.quickInfo(constants, locate(constants.text, 'NOT_FOUND', 4)))?.documentation)).toContain('**404 Not Found**');
      expect(entry(await session.completions(file, at), '404')).toBeDefined();
    });

  });

  describe('global plugin (--globalPlugins, --pluginProbeLocations), nothing in tsconfig.json', () => {
    let session: Session;
    const context = () => ({ session, workspace, project: 'global' });

    beforeAll(async () => {
      session = Session.start(workspace.sharedTsserver, join(workspace.root, 'global.log'), ['--globalPlugins', PLUGIN, '--pluginProbeLocations', workspace.root]);
      await session.projectInfo(projectFile(workspace, 'global', 'status.ts'));
    });
    afterAll(async () => {
      await session?.close();
    });

    it('loads the global plugin from the probe location', async () => {
      const tsconfig = JSON.parse(readFileSync(join(workspace.root, 'global/tsconfig.json'), 'utf8')) as { compilerOptions: object };
      expect(tsconfig.compilerOptions).not.toHaveProperty('plugins');
      const info = await session.projectInfo(projectFile(workspace, 'global', 'status.ts'));
      expect(info.configFileName).toBe(join(workspace.root, 'global/tsconfig.json'));
      const log = session.log();
      expect(log).toContain(`Loading global plugin ${PLUGIN}`);
      expect(log).toContain(`Loading ${PLUGIN} from ${workspace.root} (resolved to ${join(workspace.root, 'node_modules')})`);
      expect(log).toContain(`[http-status] enabled (TypeScript ${version})`);
      // tsserver hands a global plugin `{ name, global: true }`: keys of the entry, not unknown options.
      expect(session.pluginLines().filter((line) => line.includes('ignoring malformed options'))).toEqual([]);
    });

    statusHoverChecks(context);
    completionChecks(context);

    it('adds inlay hints, and configurePlugin reaches the global plugin', async () => {
      const file = projectFile(workspace, 'global', 'status.ts');
      session.preferences(NO_TYPESCRIPT_HINTS);
      expect(hintText(await session.inlayHints(file))).toEqual(statusHints(file));
      try {
        session.configurePlugin({ inlayHints: false });
        expect(await session.inlayHints(file)).toEqual([]);
      } finally {
        session.configurePlugin({ inlayHints: true });
      }
      expect(hintText(await session.inlayHints(file))).toEqual(statusHints(file));
    });

    it('ignores malformed configurePlugin options with one log line and keeps the rest', async () => {
      const file = projectFile(workspace, 'global', 'status.ts');
      session.preferences(NO_TYPESCRIPT_HINTS);
      const before = session.pluginLines().filter((line) => line.includes('ignoring malformed options')).length;
      session.configurePlugin({ inlayHints: 'sometimes' });
      expect(hintText(await session.inlayHints(file))).toEqual(statusHints(file));
      const lines = session.pluginLines().filter((line) => line.includes('ignoring malformed options'));
      expect(lines).toHaveLength(before + 1);
      expect(lines[lines.length - 1]).toContain('option "inlayHints" must be true or false, got "sometimes"');
    });
  });

  describe('partialSemantic server (an editor syntax server) with the global plugin', () => {
    let session: Session;
    const project = 'global';

    beforeAll(async () => {
      session = Session.start(workspace.sharedTsserver, join(workspace.root, 'partial.log'), [
        '--serverMode',
        'partialSemantic',
        '--globalPlugins',
        PLUGIN,
        '--pluginProbeLocations',
        workspace.root,
      ]);
      const file = projectFile(workspace, project, 'status.ts');
      await session.quickInfo(file, locate(file.text, 'res.status(404)', 12));
    });
    afterAll(async () => {
      await session?.close();
    });

    it('loads the plugin', () => {
      expect(session.log()).toContain(`[http-status] enabled (TypeScript ${version})`);
    });

    it('hovering 404 shows the status documentation', async () => {
      const file = projectFile(workspace, project, 'status.ts');
      const info = await session.quickInfo(file, locate(file.text, 'res.status(404)', 12));
      expect(info?.displayString).toBe('404 Not Found');
      expect404Documentation(plain(info?.documentation));
    });

    it('hovering StatusCodes.NOT_FOUND shows the documentation without module resolution', async () => {
      const file = projectFile(workspace, project, 'constants.ts');
      const info = await session.quickInfo(file, locate(file.text, 'NOT_FOUND', 4));
      // A partial-semantic server resolves no imports: TypeScript only knows `any` here.
      expect(info?.displayString).toBe('any');
      expect404Documentation(plain(info?.documentation));
    });

    it('completes status codes with names, and gives entry details', async () => {
      const { file, at } = completionSource(workspace, project, 'res.status(|);');
      const info = await session.completions(file, at);
      expect(entry(info, '404')).toMatchObject({ insertText: '404', labelDetails: { description: 'Not Found' } });
      expect(entry(info, 'res')).toBeDefined();
      const narrowed = completionSource(workspace, project, 'res.status(40|);');
      const narrow = statusEntries(await session.completions(narrowed.file, narrowed.at));
      expect(narrow.length).toBeGreaterThan(0);
      expect(narrow.every((candidate) => candidate.name.startsWith('40'))).toBe(true);
      const details = await session.details(file, at, ['404']);
      expect404Documentation(plain(details[0]?.documentation));
    });

    it('inlay hints stay TypeScript’s own refusal (not allowed in this mode), not a plugin failure', async () => {
      const file = projectFile(workspace, project, 'status.ts');
      await expect(session.inlayHints(file)).rejects.toThrow(/provideInlayHints not allowed in LanguageServiceMode\.PartialSemantic/);
      expect(session.pluginLines().filter((line) => line.includes('failed'))).toEqual([]);
    });
  });

  describe('fallback: a hook that throws returns TypeScript’s own answer and logs', () => {
    const sessions = new Map<Hook, Session>();

    beforeAll(async () => {
      for (const hook of HOOKS) {
        sessions.set(
          hook,
          Session.start(workspace.sharedTsserver, join(workspace.root, `fail-${hook}.log`), ['--globalPlugins', PLUGIN, '--pluginProbeLocations', workspace.root], {
            [FAILURE_VARIABLE]: hook,
          }),
        );
      }
      // Load the projects of the four servers side by side.
      await Promise.all([...sessions.values()].map((session) => session.projectInfo(projectFile(workspace, 'global', 'constants.ts'))));
    });
    afterAll(async () => {
      await Promise.all([...sessions.values()].map((session) => session.close()));
    });

    function failureLines(hook: Hook): string[] {
      return sessions
        .get(hook)!
        .pluginLines()
        .filter((line) => line.includes(`[http-status] ${hook} failed, returning TypeScript's own result: Error: simulated failure in ${hook}`));
    }

    it('getQuickInfoAtPosition: TypeScript quick info for StatusCodes.NOT_FOUND, without ours', async () => {
      const session = sessions.get('getQuickInfoAtPosition')!;
      const file = projectFile(workspace, 'global', 'constants.ts');
      expect(failureLines('getQuickInfoAtPosition')).toEqual([]);
      const info = await session.quickInfo(file, locate(file.text, 'NOT_FOUND', 4));
      expect(info?.displayString).toBe('(enum member) StatusCodes.NOT_FOUND = 404');
      expect(plain(info?.documentation)).toContain('Official Documentation');
      expect(plain(info?.documentation)).not.toContain('**404 Not Found**');
      expect(failureLines('getQuickInfoAtPosition')).toHaveLength(1);
      // The other hooks of the same plugin keep working.
      const { file: source, at } = completionSource(workspace, 'global', 'res.status(|);');
      expect(entry(await session.completions(source, at), '404')).toBeDefined();
    });

    it('getCompletionsAtPosition: TypeScript completions, without status entries', async () => {
      const session = sessions.get('getCompletionsAtPosition')!;
      const { file, at } = completionSource(workspace, 'global', 'res.status(|);');
      const info = await session.completions(file, at);
      expect(entry(info, 'res')).toBeDefined();
      expect(entry(info, 'setTimeout')).toBeDefined();
      expect(statusEntries(info)).toEqual([]);
      expect(failureLines('getCompletionsAtPosition')).toHaveLength(1);
      const constants = projectFile(workspace, 'global', 'constants.ts');
      expect(plain((await session.quickInfo(constants, locate(constants.text, 'NOT_FOUND', 4)))?.documentation)).toContain('**404 Not Found**');
    });

    it('getCompletionEntryDetails: TypeScript details, none for status entries', async () => {
      const session = sessions.get('getCompletionEntryDetails')!;
      const { file, at } = completionSource(workspace, 'global', 'res.status(|);');
      expect(entry(await session.completions(file, at), '404')).toBeDefined();
      const details = await session.details(file, at, ['404', 'res']);
      expect(details.map((detail) => detail.name)).toEqual(['res']);
      expect(plain(details[0]!.displayParts)).toContain('const res');
      expect(failureLines('getCompletionEntryDetails')).toHaveLength(2);
    });

    it('provideInlayHints: TypeScript hints, without the status names', async () => {
      const session = sessions.get('provideInlayHints')!;
      const file = projectFile(workspace, 'global', 'status.ts');
      session.preferences(LITERAL_PARAMETER_HINTS);
      const hints = hintText(await session.inlayHints(file));
      expect(hints).toContain(codeParameterHint(file));
      expect(hints.filter((hint) => hint.includes(' Enum '))).toEqual([]);
      expect(failureLines('provideInlayHints')).toHaveLength(1);
    });
  });
});
