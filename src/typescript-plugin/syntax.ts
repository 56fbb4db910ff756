/**
 * The TypeScript-AST adapter: the matcher's questions (`SyntaxFacts`) answered over
 * TypeScript's own syntax tree, so that the editor finds the status sites the linter finds.
 *
 * Both trees must look the same to the matcher, so this adapter answers as ESTree would:
 * parentheses (and the other nodes ESTree does not have: case blocks, template spans,
 * computed-name wrappers, heritage clauses) are never returned by `parent`, `args` or any
 * other accessor; `as`, `!`, `satisfies`, `<T>x` and `await` are wrappers; `-1` is a number;
 * every function and method is a `function`, every statement or declaration a `statement`.
 * Scope facts come from a syntax-only index kept per `SourceFile` and filled as questions
 * come (see `scopes.ts`, `tracked-references.ts`): no type checker, no Program.
 *
 * Only the `typescript` module handed to the plugin is used, never one imported here, so that
 * the tree and its `SyntaxKind` numbers are those of the running tsserver (5.5 to 6.0).
 * As in the matcher, the accessors a hover calls index lists rather than iterate them (see
 * `StatusMatcher`).
 */
import type * as ts from 'typescript';
import {
  StatusMatcher,
  type ClassFieldFacts,
  type FileFacts,
  type LibraryMember,
  type NodeKind,
  type ParameterAt,
  type ParameterFacts,
  type SyntaxFacts,
  type TrackedReferenceInfo,
  type TreeFacts,
} from '../frameworks/match';
import { skipParentheses } from './parentheses';
import { isAssignmentPattern, scopeIndex, type ScopeIndex } from './scopes';
import { StaticEvaluator } from './static-values';
import { trackReferences, type LibraryBinding, type TrackedIndex } from './tracked-references';

type TS = typeof ts;
type Node = ts.Node;

const NO_NODES: readonly Node[] = [];

/** A kind that depends on more than the node's `SyntaxKind`. */
type KindRule = NodeKind | ((node: Node) => NodeKind);

/** The kind of each `SyntaxKind`, by its number (an array: `kind` is asked of every node the matcher meets). */
function kindRules(tsModule: TS): KindRule[] {
  const K = tsModule.SyntaxKind;
  const rules: KindRule[] = [];
  const set = (kind: KindRule, ...syntaxKinds: ts.SyntaxKind[]) => {
    for (const syntaxKind of syntaxKinds) rules[syntaxKind] = kind;
  };
  const withBody = (node: Node): NodeKind => ((node as ts.FunctionLikeDeclaration).body ? 'function' : 'other');
  set('identifier', K.Identifier);
  set('this', K.ThisKeyword);
  set('member', K.PropertyAccessExpression, K.ElementAccessExpression);
  set((node) => ((node as ts.CallExpression).expression.kind === K.ImportKeyword ? 'other' : 'call'), K.CallExpression);
  set('new', K.NewExpression);
  set('number', K.NumericLiteral);
  set((node) => {
    const unary = node as ts.PrefixUnaryExpression;
    return unary.operator === K.MinusToken && skipParentheses(tsModule, unary.operand).kind === K.NumericLiteral ? 'number' : 'other';
  }, K.PrefixUnaryExpression);
  set('string', K.StringLiteral);
  set('template', K.TemplateExpression, K.NoSubstitutionTemplateLiteral);
  // `{ a } = x`, `[a, b] = x`: a literal that is an assignment's target is a pattern in ESTree.
  set((node) => (isAssignmentPattern(tsModule, node) ? 'other' : 'object'), K.ObjectLiteralExpression);
  set((node) => (isAssignmentPattern(tsModule, node) ? 'other' : 'array'), K.ArrayLiteralExpression);
  set('property', K.PropertyAssignment, K.ShorthandPropertyAssignment);
  set('spread', K.SpreadElement, K.SpreadAssignment);
  set((node) => {
    const modifiers = (node as ts.PropertyDeclaration).modifiers ?? [];
    return modifiers.some((modifier) => modifier.kind === K.AbstractKeyword || modifier.kind === K.AccessorKeyword) ? 'other' : 'class-property';
  }, K.PropertyDeclaration);
  set((node) => {
    const operator = (node as ts.BinaryExpression).operatorToken.kind;
    if (operator >= K.FirstAssignment && operator <= K.LastAssignment) return 'assignment';
    if (operator === K.AmpersandAmpersandToken || operator === K.BarBarToken || operator === K.QuestionQuestionToken) return 'logical';
    return operator === K.CommaToken ? 'other' : 'binary';
  }, K.BinaryExpression);
  set('conditional', K.ConditionalExpression);
  set('case', K.CaseClause, K.DefaultClause);
  set('return', K.ReturnStatement);
  set('function', K.ArrowFunction, K.FunctionExpression);
  set(withBody, K.FunctionDeclaration, K.MethodDeclaration, K.Constructor, K.GetAccessor, K.SetAccessor);
  set('wrapper', K.ParenthesizedExpression, K.AsExpression, K.NonNullExpression, K.SatisfiesExpression, K.TypeAssertionExpression, K.AwaitExpression);
  set(
    'statement',
    K.SourceFile,
    K.Block,
    K.EmptyStatement,
    K.VariableStatement,
    K.VariableDeclarationList,
    K.ExpressionStatement,
    K.IfStatement,
    K.DoStatement,
    K.WhileStatement,
    K.ForStatement,
    K.ForInStatement,
    K.ForOfStatement,
    K.ContinueStatement,
    K.BreakStatement,
    K.WithStatement,
    K.SwitchStatement,
    K.LabeledStatement,
    K.ThrowStatement,
    K.TryStatement,
    K.DebuggerStatement,
    K.ClassDeclaration,
    K.InterfaceDeclaration,
    K.TypeAliasDeclaration,
    K.EnumDeclaration,
    K.ModuleDeclaration,
    K.ImportEqualsDeclaration,
    K.ImportDeclaration,
    K.ExportDeclaration,
    K.NamespaceExportDeclaration,
    K.MissingDeclaration,
  );
  // `export default …` is a statement; `export = …` is none in ESTree (TSExportAssignment).
  set((node) => ((node as ts.ExportAssignment).isExportEquals ? 'other' : 'statement'), K.ExportAssignment);
  return rules;
}

/** The tree facts of one `typescript` module, built once: `SyntaxKind` numbers differ between versions. */
function createTreeFacts(tsModule: TS): TreeFacts<Node> {
  const K = tsModule.SyntaxKind;
  const parenthesized = K.ParenthesizedExpression;
  const skip = (node: Node): Node => {
    let current = node;
    while (current.kind === parenthesized) current = (current as ts.ParenthesizedExpression).expression;
    return current;
  };
  const optional = (node: Node | undefined) => (node ? skip(node) : undefined);
  // Sets of kinds as arrays of flags by kind: the accessors below run for every node the matcher meets.
  const kinds = (...members: ts.SyntaxKind[]): boolean[] => {
    const flags: boolean[] = [];
    for (const member of members) flags[member] = true;
    return flags;
  };
  const castKinds = [K.AsExpression, K.SatisfiesExpression, K.NonNullExpression, K.TypeAssertionExpression];
  const casts = kinds(...castKinds);
  const wrappers = kinds(...castKinds, K.ParenthesizedExpression, K.AwaitExpression);
  const functionKinds = kinds(K.FunctionDeclaration, K.FunctionExpression, K.ArrowFunction, K.MethodDeclaration, K.Constructor, K.GetAccessor, K.SetAccessor);
  /** Nodes ESTree does not have between an expression and what holds it. */
  const invisible = kinds(K.ParenthesizedExpression, K.CaseBlock, K.TemplateSpan, K.ComputedPropertyName, K.HeritageClause, K.JsxAttributes);

  const rules = kindRules(tsModule);

  const lastNameOf = (node: Node): string | undefined => {
    const expression = tree.unwrap(node);
    if (expression.kind === K.Identifier) return (expression as ts.Identifier).text;
    return expression.kind === K.PropertyAccessExpression || expression.kind === K.ElementAccessExpression ? tree.name(expression) : undefined;
  };

  const propertyKey = (name: ts.PropertyName | undefined): string | undefined => {
    if (!name) return undefined;
    return name.kind === K.Identifier || name.kind === K.StringLiteral ? (name as ts.Identifier | ts.StringLiteral).text : undefined;
  };

  const tree: TreeFacts<Node> = {
    kind(node) {
      // The matcher asks most about calls: answered here rather than through a rule.
      if (node.kind === K.CallExpression) return (node as ts.CallExpression).expression.kind === K.ImportKeyword ? 'other' : 'call';
      const rule = rules[node.kind];
      if (rule === undefined) return 'other';
      return typeof rule === 'string' ? rule : rule(node);
    },
    unwrap(node) {
      let current = node;
      while (wrappers[current.kind]) current = (current as ts.ParenthesizedExpression | ts.AwaitExpression).expression;
      return current;
    },
    outermost(node) {
      let outermost = node;
      for (let parent = node.parent; parent && (parent.kind === K.ParenthesizedExpression || casts[parent.kind]); parent = parent.parent) {
        if (parent.kind !== K.ParenthesizedExpression) outermost = parent;
      }
      return outermost;
    },
    parent(node) {
      let parent = node.parent;
      // A decorator sits outside the method it decorates in ESTree (on the MethodDefinition).
      if (parent && node.kind === K.Decorator && functionKinds[parent.kind]) parent = parent.parent;
      while (parent && (invisible[parent.kind] || (parent.kind === K.ExpressionWithTypeArguments && parent.parent?.kind === K.HeritageClause))) {
        parent = parent.parent;
      }
      return parent;
    },
    name(node) {
      switch (node.kind) {
        case K.Identifier:
          return (node as ts.Identifier).text;
        case K.PropertyAccessExpression: {
          const name = (node as ts.PropertyAccessExpression).name;
          return name.kind === K.Identifier ? name.text : undefined;
        }
        case K.ElementAccessExpression: {
          const argument = skip((node as ts.ElementAccessExpression).argumentExpression);
          return argument.kind === K.StringLiteral ? (argument as ts.StringLiteral).text : undefined;
        }
        default:
          return undefined;
      }
    },
    object: (member) => skip((member as ts.PropertyAccessExpression).expression),
    callee: (call) => skip((call as ts.CallExpression).expression),
    args(call) {
      const args = (call as ts.CallExpression).arguments ?? NO_NODES;
      // The node array itself unless an argument is parenthesised: the matcher asks often.
      for (let index = 0; index < args.length; index++) if (args[index]!.kind === K.ParenthesizedExpression) return args.map(skip);
      return args;
    },
    numberValue(node) {
      if (node.kind === K.NumericLiteral) return Number((node as ts.NumericLiteral).text);
      if (node.kind !== K.PrefixUnaryExpression) return undefined;
      const unary = node as ts.PrefixUnaryExpression;
      const operand = skip(unary.operand);
      return unary.operator === K.MinusToken && operand.kind === K.NumericLiteral ? -Number((operand as ts.NumericLiteral).text) : undefined;
    },
    stringValue: (node) => (node.kind === K.StringLiteral ? (node as ts.StringLiteral).text : undefined),
    properties: (object) => (object as ts.ObjectLiteralExpression).properties,
    elements: (array) => (array as ts.ArrayLiteralExpression).elements.map((element) => (element.kind === K.OmittedExpression ? undefined : skip(element))),
    key: (property) => propertyKey((property as ts.PropertyAssignment).name),
    value(property) {
      switch (property.kind) {
        case K.PropertyAssignment:
          return skip((property as ts.PropertyAssignment).initializer);
        case K.ShorthandPropertyAssignment:
          return (property as ts.ShorthandPropertyAssignment).name;
        case K.PropertyDeclaration:
          return optional((property as ts.PropertyDeclaration).initializer);
        default:
          return undefined;
      }
    },
    operator: (node) => tsModule.tokenToString((node as ts.BinaryExpression).operatorToken.kind) ?? '',
    left: (node) => skip((node as ts.BinaryExpression).left),
    right: (node) => skip((node as ts.BinaryExpression).right),
    arms(conditional) {
      const { whenTrue, whenFalse } = conditional as ts.ConditionalExpression;
      return [skip(whenTrue), skip(whenFalse)];
    },
    caseTest: (clause) => (clause.kind === K.CaseClause ? skip((clause as ts.CaseClause).expression) : undefined),
    discriminant: (clause) => skip((clause.parent.parent as ts.SwitchStatement).expression),
    returned: (statement) => optional((statement as ts.ReturnStatement).expression),
    expressionBody(fn) {
      const body = (fn as ts.ArrowFunction).body;
      return fn.kind === K.ArrowFunction && body.kind !== K.Block ? skip(body) : undefined;
    },
    classField(field): ClassFieldFacts {
      const property = field as ts.PropertyDeclaration;
      const classNode = property.parent as ts.ClassLikeDeclaration;
      const extended = classNode.heritageClauses?.find((clause) => clause.token === K.ExtendsKeyword)?.types[0]?.expression;
      return {
        isStatic: (property.modifiers ?? []).some((modifier) => modifier.kind === K.StaticKeyword),
        className: classNode.name?.text,
        superClassName: extended ? lastNameOf(extended) : undefined,
      };
    },
    parameters: (fn) => (fn as ts.SignatureDeclaration).parameters.map((parameter) => parameterFacts(K, parameter)),
  };
  return tree;
}

/**
 * The parameter's name when ESTree has a plain identifier there (`res`, `res = x`); none for
 * patterns, rest parameters and constructor parameter properties (`private res`), which are
 * other node types in ESTree.
 */
function plainParameterName(K: typeof ts.SyntaxKind, parameter: ts.ParameterDeclaration): ts.Identifier | undefined {
  if (parameter.dotDotDotToken || parameter.name.kind !== K.Identifier) return undefined;
  const modifiers = parameter.modifiers;
  if (modifiers) {
    for (let index = 0; index < modifiers.length; index++) {
      const kind = modifiers[index]!.kind;
      if (kind === K.PublicKeyword || kind === K.PrivateKeyword || kind === K.ProtectedKeyword || kind === K.ReadonlyKeyword || kind === K.OverrideKeyword) return undefined;
    }
  }
  return parameter.name as ts.Identifier;
}

function parameterFacts(K: typeof ts.SyntaxKind, parameter: ts.ParameterDeclaration): ParameterFacts {
  const name = plainParameterName(K, parameter);
  return { name: name?.text, typeName: name ? typeName(K, parameter.type) : undefined };
}

function typeName(K: typeof ts.SyntaxKind, type: ts.TypeNode | undefined): string | undefined {
  if (!type || type.kind !== K.TypeReference) return undefined;
  const name = (type as ts.TypeReferenceNode).typeName;
  return name.kind === K.Identifier ? name.text : name.right.text;
}

const TREES = new WeakMap<TS, TreeFacts<Node>>();

/** The tree facts for the given `typescript` module. */
export function treeFacts(tsModule: TS): TreeFacts<Node> {
  let tree = TREES.get(tsModule);
  if (!tree) {
    tree = createTreeFacts(tsModule);
    TREES.set(tsModule, tree);
  }
  return tree;
}

/**
 * A number that is not written (yet): where completions ask whether a status would go. It
 * either stands for an existing node (the digits typed so far, a missing expression), or is
 * a node of its own placed among a call's arguments.
 */
export interface Placeholder {
  readonly node: Node;
  readonly value: number;
  /** The call or construction among whose arguments the node is placed, at `index`. */
  readonly owner?: ts.CallExpression | ts.NewExpression;
  readonly index?: number;
}

const TRACKED = new WeakMap<ts.SourceFile, TrackedIndex>();

/** The matcher's questions answered from one version of one file. */
export class TypeScriptSyntax implements SyntaxFacts<Node> {
  readonly kind: (node: Node) => NodeKind;
  readonly unwrap: (node: Node) => Node;
  readonly outermost: (node: Node) => Node;
  readonly parent: (node: Node) => Node | undefined;
  readonly name: (node: Node) => string | undefined;
  readonly object: (member: Node) => Node;
  readonly callee: (call: Node) => Node;
  readonly args: (call: Node) => readonly Node[];
  readonly numberValue: (node: Node) => number | undefined;
  readonly stringValue: (node: Node) => string | undefined;
  readonly properties: (object: Node) => readonly Node[];
  readonly elements: (array: Node) => readonly (Node | undefined)[];
  readonly key: (property: Node) => string | undefined;
  readonly value: (property: Node) => Node | undefined;
  readonly operator: (node: Node) => string;
  readonly left: (node: Node) => Node;
  readonly right: (node: Node) => Node;
  readonly arms: (conditional: Node) => readonly [Node, Node];
  readonly caseTest: (clause: Node) => Node | undefined;
  readonly discriminant: (clause: Node) => Node;
  readonly returned: (statement: Node) => Node | undefined;
  readonly expressionBody: (fn: Node) => Node | undefined;
  readonly classField: (field: Node) => ClassFieldFacts;
  readonly parameters: (fn: Node) => readonly ParameterFacts[];
  private evaluator: StaticEvaluator | undefined;
  private index: ScopeIndex | undefined;
  private trackedIndex: TrackedIndex | undefined;
  /** `SyntaxKind`, read once: each export of the `typescript` module is a getter. */
  private readonly K: typeof ts.SyntaxKind;

  constructor(
    private readonly tsModule: TS,
    readonly sourceFile: ts.SourceFile,
  ) {
    const tree = treeFacts(tsModule);
    this.K = tsModule.SyntaxKind;
    this.kind = tree.kind;
    this.unwrap = tree.unwrap;
    this.outermost = tree.outermost;
    this.parent = tree.parent;
    this.name = tree.name;
    this.object = tree.object;
    this.callee = tree.callee;
    this.args = tree.args;
    this.numberValue = tree.numberValue;
    this.stringValue = tree.stringValue;
    this.properties = tree.properties;
    this.elements = tree.elements;
    this.key = tree.key;
    this.value = tree.value;
    this.operator = tree.operator;
    this.left = tree.left;
    this.right = tree.right;
    this.arms = tree.arms;
    this.caseTest = tree.caseTest;
    this.discriminant = tree.discriminant;
    this.returned = tree.returned;
    this.expressionBody = tree.expressionBody;
    this.classField = tree.classField;
    this.parameters = tree.parameters;
  }

  /** The file's scopes, indexed on first use and shared by every adapter of this version of the file. */
  scopes(): ScopeIndex {
    this.index ??= scopeIndex(this.tsModule, this.sourceFile);
    return this.index;
  }

  parameterOf(identifier: Node): ParameterAt<Node> | undefined {
    if (identifier.kind !== this.K.Identifier) return undefined;
    const parameter = this.scopes().parameterOf(identifier as ts.Identifier);
    const fn = parameter?.parent;
    if (!parameter || !fn || !(fn as ts.FunctionLikeDeclaration).body) return undefined;
    const name = plainParameterName(this.K, parameter);
    if (!name) return undefined;
    return { fn, node: parameter, index: fn.parameters.indexOf(parameter), arity: fn.parameters.length, facts: { name: name.text, typeName: typeName(this.K, parameter.type) } };
  }

  constantNumber(node: Node): number | undefined {
    const kind = this.kind(node);
    if (kind !== 'identifier' && kind !== 'member') return undefined;
    this.evaluator ??= new StaticEvaluator(this.tsModule, this.scopes());
    const value = this.evaluator.valueOf(node);
    return value && typeof value.value === 'number' ? value.value : undefined;
  }

  isUndeclared(identifier: Node): boolean {
    return this.tsModule.isIdentifier(identifier) && this.scopes().variableOf(identifier) === undefined;
  }

  trackedReference(node: Node): TrackedReferenceInfo | undefined {
    return this.tracked().references.get(node);
  }

  /** Every constants-library member the file reads, by node. */
  libraryMembers(): [Node, LibraryMember][] {
    return [...this.tracked().references].flatMap(([node, info]) => (info.type === 'member' ? [[node, info.member] as [Node, LibraryMember]] : []));
  }

  /** Local names bound to a constants library's object, in source order. */
  libraryBindings(): readonly LibraryBinding[] {
    return this.tracked().libraryBindings;
  }

  private tracked(): TrackedIndex {
    if (this.trackedIndex) return this.trackedIndex;
    let tracked = TRACKED.get(this.sourceFile);
    if (!tracked) {
      tracked = trackReferences(this.tsModule, this.sourceFile, () => this.scopes());
      TRACKED.set(this.sourceFile, tracked);
    }
    this.trackedIndex = tracked;
    return tracked;
  }
}

/** `const x = require('m')` at the top of a file, as the linter collects module imports. */
function requiredModule(tsModule: TS, initializer: ts.Expression | undefined): string | undefined {
  const call = initializer && skipParentheses(tsModule, initializer);
  if (!call || !tsModule.isCallExpression(call)) return undefined;
  const callee = skipParentheses(tsModule, call.expression);
  const [first] = call.arguments;
  if (!tsModule.isIdentifier(callee) || callee.text !== 'require' || !first) return undefined;
  const specifier = skipParentheses(tsModule, first);
  return tsModule.isStringLiteral(specifier) ? specifier.text : undefined;
}

/** The module a chain on a `require` reaches: `require('fastify')({ logger })`, `require('m').x` (see the linter's `importedModules`). */
function chainedRequire(tsModule: TS, initializer: ts.Expression | undefined): string | undefined {
  let current: ts.Expression | undefined = initializer && (skipParentheses(tsModule, initializer) as ts.Expression);
  while (current) {
    const module = requiredModule(tsModule, current);
    if (module !== undefined) return module;
    if (!tsModule.isCallExpression(current) && !tsModule.isPropertyAccessExpression(current) && !tsModule.isElementAccessExpression(current)) return undefined;
    current = skipParentheses(tsModule, current.expression) as ts.Expression;
  }
  return undefined;
}

/** Module specifiers the file imports, or requires at its top level, as the linter collects them. */
export function fileModules(tsModule: TS, sourceFile: ts.SourceFile): ReadonlySet<string> {
  const modules = new Set<string>();
  // Kinds compared directly: a long file has thousands of statements, and each `typescript`
  // export (`isImportDeclaration`) is a getter, two deep in tsserver.
  const K = tsModule.SyntaxKind;
  for (const statement of sourceFile.statements) {
    if (statement.kind === K.ImportDeclaration) {
      const specifier = (statement as ts.ImportDeclaration).moduleSpecifier;
      if (specifier.kind === K.StringLiteral) modules.add((specifier as ts.StringLiteral).text);
    } else if (statement.kind === K.VariableStatement && !((statement as ts.VariableStatement).modifiers ?? []).some((modifier) => modifier.kind === K.ExportKeyword)) {
      for (const declaration of (statement as ts.VariableStatement).declarationList.declarations) {
        const module = chainedRequire(tsModule, declaration.initializer);
        if (module !== undefined) modules.add(module);
      }
    }
  }
  return modules;
}

export interface FileMatcher {
  readonly syntax: TypeScriptSyntax;
  readonly matcher: StatusMatcher<Node>;
  readonly file: FileFacts;
}

const MATCHERS = new WeakMap<ts.SourceFile, FileMatcher>();

/**
 * The matcher of one version of a file, shared by hovers and inlay hints until the file
 * changes. It keeps receivers' roles but not each node's answer (see `keepSites`).
 */
export function fileMatcher(tsModule: TS, sourceFile: ts.SourceFile): FileMatcher {
  let found = MATCHERS.get(sourceFile);
  if (!found) {
    const syntax = new TypeScriptSyntax(tsModule, sourceFile);
    const file: FileFacts = { modules: fileModules(tsModule, sourceFile), text: sourceFile.text };
    found = { syntax, matcher: new StatusMatcher(syntax, file, { keepSites: false }), file };
    MATCHERS.set(sourceFile, found);
  }
  return found;
}

/**
 * The file's syntax, except that `placeholder` is a number where it stands. It is built on the
 * file's own adapter (its prototype), so that only what the placeholder changes is set here:
 * completions build one for every request.
 */
type Overridable = { -readonly [Key in 'kind' | 'unwrap' | 'name' | 'numberValue' | 'stringValue' | 'parent' | 'args']: TypeScriptSyntax[Key] };

function placeholderSyntax(base: TypeScriptSyntax, { node: virtual, value, owner, index = 0 }: Placeholder): TypeScriptSyntax {
  const placed = Object.create(base) as TypeScriptSyntax;
  const syntax = placed as unknown as Overridable;
  syntax.numberValue = (node) => (node === virtual ? value : base.numberValue(node));
  if (base.kind(virtual) !== 'number' || owner) {
    syntax.kind = (node) => (node === virtual ? 'number' : base.kind(node));
    syntax.unwrap = (node) => (node === virtual ? node : base.unwrap(node));
    syntax.name = (node) => (node === virtual ? undefined : base.name(node));
    syntax.stringValue = (node) => (node === virtual ? undefined : base.stringValue(node));
  }
  if (owner) {
    syntax.parent = (node) => (node === virtual ? owner : base.parent(node));
    syntax.args = (call) => {
      const args = base.args(call);
      if (call !== owner) return args;
      const withVirtual = [...args];
      withVirtual[index] = virtual;
      return withVirtual;
    };
  }
  return placed;
}

/** A matcher that sees `placeholder` as a number where it stands (its answers are not cached beyond it). */
export function placeholderMatcher(tsModule: TS, sourceFile: ts.SourceFile, placeholder: Placeholder): StatusMatcher<Node> {
  const { file, matcher, syntax } = fileMatcher(tsModule, sourceFile);
  // A literal standing for another number differs from it in its value only, which no question
  // about receivers asks: the file's receiver roles hold. A placed or empty node changes more.
  const sameReceivers = !placeholder.owner && placeholder.node.kind === tsModule.SyntaxKind.NumericLiteral ? matcher : undefined;
  return new StatusMatcher(placeholderSyntax(syntax, placeholder), file, { sameReceivers, keepSites: false });
}
