import { tsModule } from './typescript';

/** The script kinds of the files the server reads, by extension and by LSP language id. */
const BY_EXTENSION: Readonly<Record<string, keyof typeof tsModule.ScriptKind>> = {
  '.js': 'JS',
  '.mjs': 'JS',
  '.cjs': 'JS',
  '.jsx': 'JSX',
  '.ts': 'TS',
  '.mts': 'TS',
  '.cts': 'TS',
  '.tsx': 'TSX',
};

const BY_LANGUAGE_ID: Readonly<Record<string, keyof typeof tsModule.ScriptKind>> = {
  javascript: 'JS',
  javascriptreact: 'JSX',
  typescript: 'TS',
  typescriptreact: 'TSX',
};

/** The extensions the server answers for, for the documentation and the client's selector. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

function extensionOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
}

/** The script kind to parse a document as, or `undefined` for a file the server leaves alone. */
export function scriptKindOf(uri: string, languageId: string): import('typescript').ScriptKind | undefined {
  // The extension wins: a `.ts` file opened as plain text is still TypeScript to the parser.
  const name = BY_EXTENSION[extensionOf(uri)] ?? BY_LANGUAGE_ID[languageId];
  return name === undefined ? undefined : tsModule.ScriptKind[name];
}

/** A file name with the extension TypeScript expects of the script kind (an untitled document has none). */
export function parserFileName(uri: string, kind: import('typescript').ScriptKind): string {
  if (BY_EXTENSION[extensionOf(uri)] !== undefined) return uri;
  const extensions: Partial<Record<import('typescript').ScriptKind, string>> = {
    [tsModule.ScriptKind.JS]: '.js',
    [tsModule.ScriptKind.JSX]: '.jsx',
    [tsModule.ScriptKind.TS]: '.ts',
    [tsModule.ScriptKind.TSX]: '.tsx',
  };
  return `${uri}${extensions[kind] ?? '.ts'}`;
}
