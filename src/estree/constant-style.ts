import { AST } from './ast';
import { type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { CONSTANTS_LIBRARIES, getConstantsLibrary, type ConstantsLibraryId } from '../registry';
import { insertImportLine } from '../util/import-placement';
import { importTextStyle, moduleStyleOf, type ImportTextStyle, type ModuleStyle } from '../util/module-style';
import { isNameFreeAt, refersToDeclaration } from '../util/scope-names';
import { isNameableStatus } from '../util/status-states';
import type { ModuleImport } from './file-imports';
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

export function librarySource(id: ConstantsLibraryId): ConstantsSource {
  const library = getConstantsLibrary(id);
  return { ...library, known: true };
}

/** Imports and requires of `module` that bind values; `import type` brings no constants. */
function valueImports(model: StatusModel, module: string): ModuleImport[] {
  const entries = model.moduleImports.get(module) ?? [];
  return entries.filter((entry) => entry.style !== 'esm' || entry.declaration.importKind !== 'type');
}

function hasConstantsInHand(model: StatusModel, source: ConstantsSource): boolean {
  return valueImports(model, source.module).some((entry) => existingAccess(entry, source) !== undefined);
}

/**
 * The constants library the file already brings in, if any: one whose constants it
 * already has in hand first, else one it imports something else from (`Controller` from
 * `@nestjs/common`), which a fix may extend by one name.
 */
export function importedConstantsSource(model: StatusModel): ConstantsSource | undefined {
  const imported = CONSTANTS_LIBRARIES.filter((library) => valueImports(model, library.module).length > 0).map((library) =>
    librarySource(library.id),
  );
  return imported.find((source) => hasConstantsInHand(model, source)) ?? imported[0];
}

/** How a fix writes a member and, when needed, the import that makes it available. */
export interface ConstantStyle {
  readonly reference: (member: string) => string;
  readonly addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

/**
 * How far a fix may go to make constants available: `reuse` only a binding the file has,
 * `extend` an import of the module by one name, `add` a new import.
 */
export type ImportMode = 'reuse' | 'extend' | 'add';

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

/** The names a new binding may take, the library's usual one first. */
function localNameCandidates(source: ConstantsSource): string[] {
  const name = source.localName;
  const alias = /^http/i.test(name) ? `${name}Codes` : `Http${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return [name, alias];
}

/** The export that a named import or destructuring `require` takes. */
function namedExport(source: ConstantsSource): string | undefined {
  return source.exportName === 'default' ? source.alternativeExports[0] : source.exportName;
}

function esmBinding(name: string, localName: string): string {
  return name === localName ? name : `${name} as ${localName}`;
}

function cjsBinding(name: string, localName: string): string {
  return name === localName ? name : `${name}: ${localName}`;
}

/** Adds the export to an import or require of the module that the file already has. */
function extendExisting(
  entry: ModuleImport,
  source: ConstantsSource,
  localName: string,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const name = namedExport(source);
  if (name === undefined) return undefined;
  if (entry.style === 'esm') {
    const specifiers = entry.declaration.specifiers;
    if (entry.declaration.importKind === 'type' || specifiers.length === 0) return undefined;
    const named = specifiers.filter((specifier) => specifier.type === AST.ImportSpecifier);
    const last = named[named.length - 1];
    if (last) return (fixer) => fixer.insertTextAfter(last, `, ${esmBinding(name, localName)}`);
    const onlyDefault = specifiers.length === 1 && specifiers[0]!.type === AST.ImportDefaultSpecifier;
    if (onlyDefault) return (fixer) => fixer.insertTextAfter(specifiers[0]!, `, { ${esmBinding(name, localName)} }`);
    return undefined;
  }
  const pattern = entry.declarator.id;
  if (pattern.type !== AST.ObjectPattern) return undefined;
  const last = pattern.properties[pattern.properties.length - 1];
  if (!last || last.type === AST.RestElement) return undefined;
  return (fixer) => fixer.insertTextAfter(last, `, ${cjsBinding(name, localName)}`);
}

function newImportText(source: ConstantsSource, style: ModuleStyle, localName: string, text: ImportTextStyle): string | undefined {
  const quoted = `${text.quote}${source.module}${text.quote}`;
  if (style === 'esm') {
    return source.exportName === 'default'
      ? `import ${localName} from ${quoted}${text.semicolon}`
      : `import { ${esmBinding(source.exportName, localName)} } from ${quoted}${text.semicolon}`;
  }
  const name = namedExport(source);
  return name === undefined ? undefined : `const { ${cjsBinding(name, localName)} } = require(${quoted})${text.semicolon}`;
}

/** The file's own way to reach the constants at `site`, unless something shadows it there. */
function existingAccessAt(model: StatusModel, entry: ModuleImport, source: ConstantsSource, site: TSESTree.Node): string | undefined {
  const access = existingAccess(entry, source);
  if (access === undefined) return undefined;
  const root = access.slice(0, access.includes('.') ? access.indexOf('.') : undefined);
  return refersToDeclaration(model.sourceCode, site, root, entry.declaration) ? access : undefined;
}

/** Where a fix happens and in which file: what decides names and the import's style. */
export interface FixSite {
  readonly node: TSESTree.Node;
  /** The linted file's name (`context.filename`); its extension tells CommonJS from ESM. */
  readonly filename?: string;
}

/**
 * How constants from `source` are written at `site`: through the file's existing binding,
 * through a name added to an import of the module, or (in `add` mode) through a new import,
 * always under a name that nothing shadows there.
 */
export function planConstantStyle(model: StatusModel, source: ConstantsSource, mode: ImportMode, site: FixSite): ConstantStyle | undefined {
  const entries = valueImports(model, source.module);
  const inHand = entries.filter((entry) => existingAccess(entry, source) !== undefined);
  for (const entry of inHand) {
    const access = existingAccessAt(model, entry, source, site.node);
    if (access !== undefined) return { reference: (member) => `${access}.${member}` };
  }
  // Shadowed here: a second name for constants the file already has would only confuse.
  if (inHand.length > 0 || mode === 'reuse') return undefined;
  const localName = localNameCandidates(source).find((name) => isNameFreeAt(model.sourceCode, site.node, name));
  if (localName === undefined) return undefined;
  const reference = (member: string) => `${localName}.${member}`;
  for (const entry of entries) {
    const addImport = extendExisting(entry, source, localName);
    if (addImport) return { reference, addImport };
  }
  if (mode !== 'add') return undefined;
  const style = moduleStyleOf(model.sourceCode, site.filename ?? '', model.sourceType);
  const line = newImportText(source, style, localName, importTextStyle(model.sourceCode));
  return line === undefined ? undefined : { reference, addImport: insertImportLine(model.sourceCode, line, site.node, style) };
}

/**
 * The text that writes `code` where `value` stands, in the style of the value: the same
 * library's member for a library constant, the file's library for a literal when it has
 * one imported, the number otherwise. A code that is not standard is always the number:
 * a constant would give it a respectability it lacks.
 */
export function statusReplacementText(model: StatusModel, value: StatusValue, code: number): string | undefined {
  if (!isNameableStatus(code)) return String(code);
  if (value.source === 'library' && value.library && value.node.type === AST.MemberExpression) {
    const member = getConstantsLibrary(value.library).members[code];
    return member === undefined ? undefined : `${model.sourceCode.getText(value.node.object)}.${member}`;
  }
  return statusTextAt(model, value.node, code);
}

/**
 * How `code` is written where `node` stands when no value is there to follow (a status added
 * to a call): through the constants the file already has in scope there, as a number otherwise.
 */
export function statusTextAt(model: StatusModel, node: TSESTree.Node, code: number): string {
  if (!isNameableStatus(code)) return String(code);
  const source = importedConstantsSource(model);
  const member = source?.members[code];
  // Only an existing binding, never an import added by a suggestion that rewrites one number.
  const style = source && member !== undefined ? planConstantStyle(model, source, 'reuse', { node }) : undefined;
  return style && member !== undefined ? style.reference(member) : String(code);
}
