import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ReceiverRole } from '../frameworks';
import { StatusMatcher, type LibraryMember, type MatchedSite, type ReceiverFile } from '../frameworks/match';
import { AST } from './ast';
import { collectModuleImports, importedModules, type ModuleImport } from './file-imports';
import { EstreeSyntax } from './syntax';

/** A place where a status code is set, thrown, compared or asserted. */
export type StatusSite = MatchedSite<TSESTree.Node>;

/** The node types that can be status sites; rules subscribe to these. */
export const STATUS_SITE_NODE_TYPES = [
  AST.CallExpression,
  AST.NewExpression,
  AST.AssignmentExpression,
  AST.BinaryExpression,
  AST.SwitchCase,
  AST.LogicalExpression,
  AST.Property,
  AST.PropertyDefinition,
] as const;

export type StatusSiteNode = Extract<TSESTree.Node, { type: (typeof STATUS_SITE_NODE_TYPES)[number] }>;

/**
 * Everything the rules ask about one file's status codes: the matcher's answers over this
 * file's ESTree, plus what only a linted file has (its source code, its imports for fixes).
 */
export class StatusModel implements ReceiverFile {
  readonly moduleImports: ReadonlyMap<string, ModuleImport[]>;
  readonly modules: ReadonlySet<string>;
  readonly syntax: EstreeSyntax;
  readonly matcher: StatusMatcher<TSESTree.Node>;
  private membersFound: ReadonlyMap<TSESTree.Node, LibraryMember> | undefined;
  private readonly mentionCache = new Map<RegExp, boolean>();

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** As configured (`module`, `commonjs`, `script`); parsers may report `module` regardless. */
    readonly sourceType: string | undefined,
  ) {
    this.moduleImports = collectModuleImports(sourceCode.ast);
    this.modules = importedModules(sourceCode.ast, this.moduleImports);
    this.syntax = new EstreeSyntax(sourceCode);
    this.matcher = new StatusMatcher(this.syntax, { modules: this.modules, text: sourceCode.text });
  }

  get isServerFile(): boolean {
    return this.matcher.isServerFile;
  }

  /** False when the file's text holds none of the catalogue's words: the rules skip it whole. */
  get mayHaveStatuses(): boolean {
    return this.matcher.mayHaveStatuses;
  }

  /** Every constants-library member the file reads (`StatusCodes.NOT_FOUND`), by node. */
  get members(): ReadonlyMap<TSESTree.Node, LibraryMember> {
    this.membersFound ??= new Map(this.syntax.libraryMembers());
    return this.membersFound;
  }

  /** Whether a call or construction is one of a framework's helpers (`Response.json`, `createError`). */
  isFrameworkHelper(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    return this.matcher.isFrameworkHelper(node);
  }

  /** Whether the file's text mentions any code of `pattern` (see `codeMentionPattern`). */
  mentions(pattern: RegExp): boolean {
    let found = this.mentionCache.get(pattern);
    if (found === undefined) {
      found = pattern.test(this.sourceCode.text);
      this.mentionCache.set(pattern, found);
    }
    return found;
  }

  /** The status site a node forms, if any. */
  siteOf(node: StatusSiteNode | TSESTree.Node): StatusSite | undefined {
    return this.matcher.siteOf(node);
  }

  /** The site a status value belongs to, and the value. */
  siteOfValue(valueNode: TSESTree.Node): { readonly site: StatusSite; readonly value: StatusSite['values'][number] } | undefined {
    return this.matcher.siteOfValue(valueNode);
  }

  /** `response.status`, `res.statusCode`, `status`, `response.status()`: a received status. */
  isStatusExpression(node: TSESTree.Node): boolean {
    return this.matcher.isStatusExpression(node);
  }

  /** The roles a receiver expression has. */
  receiverRoles(node: TSESTree.Node): ReadonlySet<ReceiverRole> {
    return this.matcher.receiverRoles(node);
  }
}

const MODELS = new WeakMap<TSESTree.Program, StatusModel>();

/** The model of the file being linted, shared by every rule that lints it. */
export function getStatusModel(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): StatusModel {
  const sourceCode = context.sourceCode;
  let model = MODELS.get(sourceCode.ast);
  if (!model) {
    model = new StatusModel(sourceCode, context.languageOptions.sourceType);
    MODELS.set(sourceCode.ast, model);
  }
  return model;
}
