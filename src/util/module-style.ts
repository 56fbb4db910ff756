import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export type ModuleStyle = 'esm' | 'cjs';

const ESM_STATEMENTS: ReadonlySet<string> = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'ExportAllDeclaration',
]);

function isRequireCall(node: TSESTree.Node | null | undefined): boolean {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  );
}

/** `require('x')`, `require('x').y`, `require('x')()`, `await require('x')`: a statement's require. */
export function requireBase(node: TSESTree.Node | null | undefined): boolean {
  let current = node;
  while (current) {
    if (isRequireCall(current)) return true;
    if (current.type === 'MemberExpression') current = current.object;
    else if (current.type === 'CallExpression') current = current.callee;
    else if (current.type === 'AwaitExpression') current = current.argument;
    else return false;
  }
  return false;
}

/** A top-level statement that loads a module: `import`, `import x = require()`, or a `require`. */
export function isModuleLoadStatement(statement: TSESTree.ProgramStatement): boolean {
  switch (statement.type) {
    case 'ImportDeclaration':
    case 'TSImportEqualsDeclaration':
      return true;
    case 'VariableDeclaration':
      return statement.declarations.some((declarator) => requireBase(declarator.init));
    case 'ExpressionStatement':
      return requireBase(statement.expression);
    default:
      return false;
  }
}

function isCommonJsExport(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') return false;
  let target: TSESTree.Node = statement.expression.left;
  while (target.type === 'MemberExpression') target = target.object;
  return target.type === 'Identifier' && (target.name === 'module' || target.name === 'exports');
}

function styleFromSyntax(program: TSESTree.Program): ModuleStyle | undefined {
  if (program.body.some((statement) => ESM_STATEMENTS.has(statement.type))) return 'esm';
  if (program.body.some((statement) => isModuleLoadStatement(statement) || isCommonJsExport(statement))) return 'cjs';
  return undefined;
}

function styleFromExtension(filename: string): ModuleStyle | undefined {
  if (/\.c[jt]s$/.test(filename)) return 'cjs';
  if (/\.(?:mjs|[mc]?tsx?)$/.test(filename)) return 'esm';
  return undefined;
}

const PACKAGE_TYPES = new Map<string, string | undefined>();

/** The `type` of the nearest `package.json` above `directory`, as Node reads it; cached per folder. */
function packageTypeAt(directory: string): string | undefined {
  if (PACKAGE_TYPES.has(directory)) return PACKAGE_TYPES.get(directory);
  let type: string | undefined;
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
    type = typeof manifest === 'object' && manifest !== null && 'type' in manifest && typeof manifest.type === 'string' ? manifest.type : 'commonjs';
  } catch {
    const parent = dirname(directory);
    type = parent === directory ? undefined : packageTypeAt(parent);
  }
  PACKAGE_TYPES.set(directory, type);
  return type;
}

/** `.js`/`.jsx` in a package with `"type": "module"`: Node loads it as an ES module. */
function styleFromPackage(filename: string): ModuleStyle | undefined {
  if (!/\.jsx?$/.test(filename) || /^<.*>$/.test(filename)) return undefined;
  return packageTypeAt(dirname(isAbsolute(filename) ? filename : resolve(filename))) === 'module' ? 'esm' : undefined;
}

/**
 * Whether a new import is written as `import` or `require`, decided by the file itself:
 * its own imports and exports, then its extension (`.cjs`/`.cts` are CommonJS, TypeScript
 * writes `import`), then a `"type": "module"` package for `.js`, and only then the host's
 * `sourceType`. Oxlint reports `script` for any `.js` or `.ts` file without imports or
 * exports, whatever the package's type, where ESLint reports its configured `module`.
 */
export function moduleStyleOf(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, sourceType: string | undefined): ModuleStyle {
  const fromSyntax = styleFromSyntax(sourceCode.ast);
  if (fromSyntax) return fromSyntax;
  const fromExtension = styleFromExtension(filename);
  if (fromExtension) return fromExtension;
  const fromPackage = styleFromPackage(filename);
  if (fromPackage) return fromPackage;
  return sourceType === 'module' ? 'esm' : 'cjs';
}

/** Quotes and semicolons as the file's first import writes them. */
export interface ImportTextStyle {
  readonly quote: '"' | "'";
  readonly semicolon: ';' | '';
}

export function importTextStyle(sourceCode: Readonly<TSESLint.SourceCode>): ImportTextStyle {
  const first = sourceCode.ast.body.find(isModuleLoadStatement);
  if (!first) return { quote: "'", semicolon: ';' };
  const text = sourceCode.getText(first);
  const quote = /(?:from|require\(|^import)\s*(["'])/.exec(text)?.[1] === '"' ? '"' : "'";
  return { quote, semicolon: text.endsWith(';') ? ';' : '' };
}
