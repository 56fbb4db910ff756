import { AST } from './ast';
import {type TSESLint, type TSESTree} from '@typescript-eslint/utils';
import { CONSTANTS_LIBRARIES, getConstantsLibrary, type ConstantsLibraryId } from '../registry';
import { usesEsmImports, type ModuleImport } from './file-imports';
import type { StatusModel } from './status-model';
import type { StatusValue } from './values';

/** Where named status constants come from: a known library, or a project's own object. */
export interface ConstantsSource {
  readonly module: string;
  /** The export holding the members; `default` for a default export. */
  readonly exportName: string;
  /** Other named exports that hold the same members. */
  readonly alternativeExports: readonly string[];
  /** The name a new import binds. */
  readonly localName: string;
  readonly members: Readonly<Record<number, string>>;
  /** True for a known library: only then may a fix add an import the file lacks. */
  readonly known: boolean;
}

export type ConstantsPreset = ConstantsLibraryId;

export interface CustomConstants {
  readonly module: string;
  readonly name: string;
  /** Whose member names the object uses; defaults to `http-status-codes`. */
  readonly naming?: ConstantsLibraryId;
}

export type ConstantsOption = ConstantsPreset | CustomConstants;

export function constantsSourceFromOption(option: ConstantsOption): ConstantsSource {
  if (typeof option === 'string') return librarySource(option);
  return {
    module: option.module,
    exportName: option.name,
    alternativeExports: [],
    localName: option.name,
    members: getConstantsLibrary(option.naming ?? 'http-status-codes').members,
    known: true,
  };
}

function librarySource(id: ConstantsLibraryId): ConstantsSource {
  const library = getConstantsLibrary(id);
  return { ...library, known: true };
}

/** The constants source the file already imports, if any. */
export function importedConstantsSource(model: StatusModel): ConstantsSource | undefined {
  const library = CONSTANTS_LIBRARIES.find((candidate) => model.moduleImports.has(candidate.module));
  return library ? librarySource(library.id) : undefined;
}

/** How a fix writes a member and, when needed, the import that makes it available. */
export interface ConstantStyle {
  readonly reference: (member: string) => string;
  readonly addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

function exportNames(source: ConstantsSource): string[] {
  return [source.exportName, ...source.alternativeExports];
}

function existingAccess(entry: ModuleImport, source: ConstantsSource): string | undefined {
  if (entry.style === 'esm') {
    if (entry.declaration.importKind === 'type') return undefined;
    for (const specifier of entry.declaration.specifiers) {
      if (specifier.type === AST.ImportNamespaceSpecifier) {
        return `${specifier.local.name}.${source.exportName}`;
      }
      if (specifier.type === AST.ImportDefaultSpecifier && source.exportName === 'default') {
        return specifier.local.name;
      }
      if (
        specifier.type === AST.ImportSpecifier &&
        specifier.importKind !== 'type' &&
        exportNames(source).includes(importedName(specifier))
      ) {
        return specifier.local.name;
      }
    }
    return undefined;
  }
  const pattern = entry.declarator.id;
  if (pattern.type === AST.Identifier) {
    // A whole `require('http-status')` differs between its major versions; leave it alone.
    return source.exportName === 'default' ? undefined : `${pattern.name}.${source.exportName}`;
  }
  if (pattern.type !== AST.ObjectPattern) return undefined;
  for (const property of pattern.properties) {
    if (
      property.type === AST.Property &&
      property.key.type === AST.Identifier &&
      exportNames(source).includes(property.key.name) &&
      property.value.type === AST.Identifier
    ) {
      return property.value.name;
    }
  }
  return undefined;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST.Identifier ? specifier.imported.name : specifier.imported.value;
}

function isNameFree(model: StatusModel, name: string): boolean {
  const globalScope = model.sourceCode.scopeManager?.globalScope;
  if (!globalScope) return false;
  const scopes = [globalScope, ...globalScope.childScopes.filter((scope) => scope.type === 'module')];
  if (scopes.some((scope) => scope.set.has(name))) return false;
  return !globalScope.through.some((reference) => reference.identifier.name === name);
}

/** Adds the export to an import or require of the module that the file already has. */
function extendExisting(entry: ModuleImport, source: ConstantsSource): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const name = source.exportName === 'default' ? source.alternativeExports[0] : source.exportName;
  if (name === undefined) return undefined;
  const binding = name === source.localName ? name : `${name} as ${source.localName}`;
  if (entry.style === 'esm') {
    const specifiers = entry.declaration.specifiers;
    if (entry.declaration.importKind === 'type' || specifiers.length === 0) return undefined;
    const named = specifiers.filter((specifier) => specifier.type === AST.ImportSpecifier);
    const last = named[named.length - 1];
    if (last) return (fixer) => fixer.insertTextAfter(last, `, ${binding}`);
    const onlyDefault = specifiers.length === 1 && specifiers[0]!.type === AST.ImportDefaultSpecifier;
    if (onlyDefault) return (fixer) => fixer.insertTextAfter(specifiers[0]!, `, { ${binding} }`);
    return undefined;
  }
  const pattern = entry.declarator.id;
  if (pattern.type !== AST.ObjectPattern) return undefined;
  const last = pattern.properties[pattern.properties.length - 1];
  if (!last || last.type === AST.RestElement) return undefined;
  const property = name === source.localName ? name : `${name}: ${source.localName}`;
  return (fixer) => fixer.insertTextAfter(last, `, ${property}`);
}

function newImportText(source: ConstantsSource, esm: boolean): string {
  const quoted = `'${source.module}'`;
  if (esm) {
    return source.exportName === 'default'
      ? `import ${source.localName} from ${quoted};`
      : `import { ${source.exportName} } from ${quoted};`;
  }
  const name = source.exportName === 'default' ? source.alternativeExports[0] : source.exportName;
  const property = name === source.localName ? name : `${name}: ${source.localName}`;
  return `const { ${property} } = require(${quoted});`;
}

function lastLeadingDirective(body: readonly TSESTree.ProgramStatement[]): TSESTree.Node | undefined {
  let last: TSESTree.Node | undefined;
  for (const statement of body) {
    if (statement.type !== AST.ExpressionStatement || statement.directive === undefined) break;
    last = statement;
  }
  return last;
}

/** After the last top-level import or require, or after the directives at the top. */
function insertNewImport(model: StatusModel, text: string): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const body = model.sourceCode.ast.body;
  const declarations = [...model.moduleImports.values()].flat().map((entry) => entry.declaration);
  const anchor = declarations.sort((a, b) => a.range[1] - b.range[1]).pop() ?? lastLeadingDirective(body);
  if (anchor) return (fixer) => fixer.insertTextAfter(anchor, `\n${text}`);
  return (fixer) => fixer.insertTextBeforeRange([0, 0], `${text}\n`);
}

/**
 * How constants from `source` are written in this file: through an existing import, an
 * existing import extended by one name, or (for a configured source) a new import.
 */
export function planConstantStyle(model: StatusModel, source: ConstantsSource, configured: boolean): ConstantStyle | undefined {
  const entries = model.moduleImports.get(source.module) ?? [];
  for (const entry of entries) {
    const access = existingAccess(entry, source);
    if (access !== undefined) return { reference: (member) => `${access}.${member}` };
  }
  if (!isNameFree(model, source.localName)) return undefined;
  const reference = (member: string) => `${source.localName}.${member}`;
  for (const entry of entries) {
    const addImport = extendExisting(entry, source);
    if (addImport) return { reference, addImport };
  }
  if (!configured) return undefined;
  const esm = usesEsmImports(model.sourceType, model.moduleImports);
  return { reference, addImport: insertNewImport(model, newImportText(source, esm)) };
}

/**
 * The text that writes `code` where `value` stands, in the style of the value: the same
 * library's member for a library constant, the file's library for a literal when it has
 * one imported, the number otherwise.
 */
export function statusReplacementText(model: StatusModel, value: StatusValue, code: number): string | undefined {
  if (value.source === 'library' && value.library && value.node.type === AST.MemberExpression) {
    const member = getConstantsLibrary(value.library).members[code];
    return member === undefined ? undefined : `${model.sourceCode.getText(value.node.object)}.${member}`;
  }
  const source = importedConstantsSource(model);
  const style = source ? planConstantStyle(model, source, false) : undefined;
  const member = source?.members[code];
  // Only an existing binding, never an import added by a suggestion that rewrites one number.
  if (style && !style.addImport && member !== undefined) return style.reference(member);
  return String(code);
}
