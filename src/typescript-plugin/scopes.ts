/**
 * A syntax-only index of a file's declarations and references: what the TypeScript-AST
 * adapter needs to answer the matcher's scope questions the way ESLint's scope manager answers
 * them for the linter (which declaration a name refers to, whether a `let` is ever written
 * again, where an import is used). It reads no types and needs no Program, so hovers stay fast
 * and a language server without one can use it.
 *
 * Nothing is walked up front: an editor asks about a few nodes of a file that changes on every
 * keystroke, and a walk of a 20,000-line file costs more than the request. A name is resolved
 * by climbing from its node through the scopes around it, each scope's declarations read once
 * from its own statements; the uses of a name are found by searching the scope's text for it
 * and keeping the identifiers there that resolve to it. Both answers are cached per version of
 * the file.
 *
 * Scopes follow ESLint's: one per function (parameters and body together), block, `for`,
 * `switch`, `catch`, class, namespace and static block; `var` goes to the nearest function or
 * the file, `let`, `const`, classes and function declarations to the block they are in. Type
 * positions and type-only declarations (interfaces, type aliases) are not values, and the
 * matcher asks only about values.
 */
import type * as ts from 'typescript';

type TS = typeof ts;

export type DefinitionKind = 'var' | 'let' | 'const' | 'using' | 'parameter' | 'function' | 'class' | 'import' | 'catch' | 'enum' | 'namespace';

export interface Definition {
  readonly kind: DefinitionKind;
  readonly name: ts.Identifier;
  /** The `VariableDeclaration` of a variable, the `Parameter` of a parameter, the declaring node otherwise. */
  readonly node: ts.Node;
  /** The function a parameter belongs to. */
  readonly fn?: ts.SignatureDeclaration;
}

export interface Reference {
  readonly identifier: ts.Identifier;
  readonly read: boolean;
  readonly write: boolean;
  /** The write of a declaration's initialiser (`const x = 1`, `for (const x of xs)`). */
  readonly init: boolean;
}

export interface Variable {
  readonly name: string;
  readonly definitions: Definition[];
  /** The node whose text holds every use of the variable. */
  readonly region: ts.Node;
}

/** Whether a reference only reads (ESLint's `isReadOnly`). */
export function isReadOnly(reference: Reference): boolean {
  return reference.read && !reference.write;
}

const IDENTIFIER_PART = /[\p{ID_Continue}$\u200c\u200d]/u;

/**
 * `{ a } = x`, `[a, b] = x`, `for ({ a } of xs)`: an object or array literal that is an
 * assignment's target, which ESTree calls a pattern.
 */
export function isAssignmentPattern(tsModule: TS, node: ts.Node): boolean {
  const K = tsModule.SyntaxKind;
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return false;
    switch (parent.kind) {
      case K.ParenthesizedExpression:
      case K.ArrayLiteralExpression:
      case K.SpreadElement:
      case K.SpreadAssignment:
        current = parent;
        continue;
      case K.PropertyAssignment:
        if ((parent as ts.PropertyAssignment).initializer !== current) return false;
        current = parent.parent;
        continue;
      case K.BinaryExpression: {
        const binary = parent as ts.BinaryExpression;
        return binary.operatorToken.kind === K.EqualsToken && binary.left === current;
      }
      case K.ForInStatement:
      case K.ForOfStatement:
        return (parent as ts.ForInOrOfStatement).initializer === current;
      default:
        return false;
    }
  }
}

/** Where a file's names are declared and used. */
export class ScopeIndex {
  private readonly K: typeof ts.SyntaxKind;
  private readonly functionKinds: ReadonlySet<ts.SyntaxKind>;
  private readonly declarations = new Map<ts.Node, Map<string, Variable>>();
  private readonly resolved = new Map<ts.Identifier, Variable | null>();
  private readonly referenceLists = new Map<Variable, readonly Reference[]>();
  private readonly unresolvedLists = new Map<string, readonly Reference[]>();

  constructor(
    private readonly tsModule: TS,
    readonly sourceFile: ts.SourceFile,
  ) {
    const K = tsModule.SyntaxKind;
    this.K = K;
    this.functionKinds = new Set([K.FunctionDeclaration, K.FunctionExpression, K.ArrowFunction, K.MethodDeclaration, K.Constructor, K.GetAccessor, K.SetAccessor]);
  }

  /** The variable an identifier refers to or declares, if the file declares it. */
  variableOf(identifier: ts.Node): Variable | undefined {
    if (identifier.kind !== this.K.Identifier) return undefined;
    const id = identifier as ts.Identifier;
    let variable = this.resolved.get(id);
    if (variable === undefined) {
      variable = this.resolve(id) ?? null;
      this.resolved.set(id, variable);
    }
    return variable ?? undefined;
  }

  /** Every use of a variable, its initialising declaration included, as ESLint lists them. */
  referencesOf(variable: Variable): readonly Reference[] {
    let references = this.referenceLists.get(variable);
    if (!references) {
      references = this.search(variable.name, variable.region, (id) => this.variableOf(id) === variable);
      this.referenceLists.set(variable, references);
    }
    return references;
  }

  /** The references to `name` that no declaration of the file binds: globals, or names a host provides. */
  unresolved(name: string): readonly Reference[] {
    let references = this.unresolvedLists.get(name);
    if (!references) {
      references = this.search(name, this.sourceFile, (id) => this.variableOf(id) === undefined);
      this.unresolvedLists.set(name, references);
    }
    return references;
  }

  // -------------------------------------------------------------------------------------
  // Resolution

  private resolve(identifier: ts.Identifier): Variable | undefined {
    const name = identifier.text;
    let child: ts.Node = identifier;
    for (let current = identifier.parent; current; child = current, current = current.parent) {
      for (const scope of this.scopesAt(current, child)) {
        const variable = this.declarationsOf(scope).get(name);
        if (variable) return variable;
      }
    }
    return undefined;
  }

  /** The scopes `node` opens for its child `child`, innermost first (a named function expression has two). */
  private scopesAt(node: ts.Node, child: ts.Node): readonly ts.Node[] {
    const K = this.K;
    if (this.functionKinds.has(node.kind)) {
      const fn = node as ts.FunctionLikeDeclaration;
      // A computed name and the decorators are evaluated outside the function.
      if (child === fn.name || child.kind === K.Decorator) return [];
      return node.kind === K.FunctionExpression && fn.name ? [node, fn.name] : [node];
    }
    switch (node.kind) {
      case K.SourceFile:
      case K.ForStatement:
      case K.ForInStatement:
      case K.ForOfStatement:
      case K.CaseBlock:
      case K.CatchClause:
      case K.ClassStaticBlockDeclaration:
        return [node];
      case K.Block: {
        const parent = node.parent;
        const isBody = (this.functionKinds.has(parent.kind) && (parent as ts.FunctionLikeDeclaration).body === node) || parent.kind === K.ClassStaticBlockDeclaration;
        return isBody ? [] : [node];
      }
      case K.ClassExpression:
        return child.kind === K.Decorator || !(node as ts.ClassExpression).name ? [] : [node];
      case K.ModuleDeclaration:
        return (node as ts.ModuleDeclaration).body === child ? [node] : [];
      default:
        return [];
    }
  }

  /** The variables a scope declares, read once from its own parameters and statements. */
  private declarationsOf(scope: ts.Node): Map<string, Variable> {
    let variables = this.declarations.get(scope);
    if (variables) return variables;
    variables = new Map();
    this.declarations.set(scope, variables);
    const K = this.K;
    const tsModule = this.tsModule;
    const region = scope.kind === K.Identifier ? scope.parent : scope;
    const add = (name: ts.Identifier, definition: Omit<Definition, 'name'>) => {
      let variable = variables.get(name.text);
      if (!variable) {
        variable = { name: name.text, definitions: [], region };
        variables.set(name.text, variable);
      }
      variable.definitions.push(definition.fn ? { kind: definition.kind, name, node: definition.node, fn: definition.fn } : { kind: definition.kind, name, node: definition.node });
    };
    if (scope.kind === K.Identifier) {
      // The own name of a function expression.
      add(scope as ts.Identifier, { kind: 'function', node: scope.parent });
    } else if (this.functionKinds.has(scope.kind)) {
      const fn = scope as ts.FunctionLikeDeclaration;
      for (const parameter of fn.parameters) {
        if (tsModule.isIdentifier(parameter.name) && parameter.name.text === 'this') continue;
        this.declarePattern(parameter.name, (name) => add(name, { kind: 'parameter', node: parameter, fn }));
      }
      if (fn.body && tsModule.isBlock(fn.body)) this.declareStatements(fn.body.statements, add, true);
    } else {
      switch (scope.kind) {
        case K.SourceFile:
          this.declareStatements((scope as ts.SourceFile).statements, add, true);
          break;
        case K.ClassStaticBlockDeclaration:
          this.declareStatements((scope as ts.ClassStaticBlockDeclaration).body.statements, add, true);
          break;
        case K.ModuleDeclaration: {
          const body = (scope as ts.ModuleDeclaration).body;
          if (body && tsModule.isModuleBlock(body)) this.declareStatements(body.statements, add, true);
          break;
        }
        case K.Block:
          this.declareStatements((scope as ts.Block).statements, add, false);
          break;
        case K.CaseBlock:
          this.declareStatements(
            (scope as ts.CaseBlock).clauses.flatMap((clause) => clause.statements),
            add,
            false,
          );
          break;
        case K.ForStatement:
        case K.ForInStatement:
        case K.ForOfStatement: {
          const initializer = (scope as ts.ForStatement).initializer;
          if (initializer && tsModule.isVariableDeclarationList(initializer)) {
            const kind = this.declarationKind(initializer);
            if (kind !== 'var') for (const declaration of initializer.declarations) this.declarePattern(declaration.name, (name) => add(name, { kind, node: declaration }));
          }
          break;
        }
        case K.CatchClause: {
          const declaration = (scope as ts.CatchClause).variableDeclaration;
          if (declaration) this.declarePattern(declaration.name, (name) => add(name, { kind: 'catch', node: scope }));
          break;
        }
        case K.ClassExpression: {
          const name = (scope as ts.ClassExpression).name;
          if (name) add(name, { kind: 'class', node: scope });
          break;
        }
      }
    }
    return variables;
  }

  private declarationKind(list: ts.VariableDeclarationList): DefinitionKind {
    const flags = this.tsModule.NodeFlags;
    const scoped = list.flags & (flags.Let | flags.Const | (flags.Using ?? 0));
    if (scoped === 0) return 'var';
    if (scoped === flags.Let) return 'let';
    return scoped === flags.Const ? 'const' : 'using';
  }

  private declarePattern(name: ts.BindingName, declare: (name: ts.Identifier) => void): void {
    if (this.tsModule.isIdentifier(name)) {
      declare(name);
      return;
    }
    for (const element of name.elements) {
      if (!this.tsModule.isOmittedExpression(element)) this.declarePattern(element.name, declare);
    }
  }

  /** The declarations of a list of statements: block-scoped ones, and with `hoisting`, every `var` below them too. */
  private declareStatements(statements: readonly ts.Statement[], add: (name: ts.Identifier, definition: Omit<Definition, 'name'>) => void, hoisting: boolean): void {
    const K = this.K;
    const tsModule = this.tsModule;
    for (const statement of statements) {
      switch (statement.kind) {
        case K.VariableStatement: {
          const list = (statement as ts.VariableStatement).declarationList;
          const kind = this.declarationKind(list);
          if (kind !== 'var') for (const declaration of list.declarations) this.declarePattern(declaration.name, (name) => add(name, { kind, node: declaration }));
          break;
        }
        case K.FunctionDeclaration:
        case K.ClassDeclaration: {
          const name = (statement as ts.FunctionDeclaration | ts.ClassDeclaration).name;
          if (name) add(name, { kind: statement.kind === K.FunctionDeclaration ? 'function' : 'class', node: statement });
          break;
        }
        case K.EnumDeclaration:
          add((statement as ts.EnumDeclaration).name, { kind: 'enum', node: statement });
          break;
        case K.ModuleDeclaration: {
          const name = (statement as ts.ModuleDeclaration).name;
          if (tsModule.isIdentifier(name) && !(statement.flags & tsModule.NodeFlags.GlobalAugmentation)) add(name, { kind: 'namespace', node: statement });
          break;
        }
        case K.ImportEqualsDeclaration:
          add((statement as ts.ImportEqualsDeclaration).name, { kind: 'import', node: statement });
          break;
        case K.ImportDeclaration: {
          const clause = (statement as ts.ImportDeclaration).importClause;
          if (clause?.name) add(clause.name, { kind: 'import', node: clause });
          const bindings = clause?.namedBindings;
          if (bindings && tsModule.isNamespaceImport(bindings)) add(bindings.name, { kind: 'import', node: bindings });
          else if (bindings) for (const specifier of bindings.elements) add(specifier.name, { kind: 'import', node: specifier });
          break;
        }
      }
    }
    if (hoisting) for (const statement of statements) this.declareVars(statement, add);
  }

  /** `var` declarations anywhere in a statement, nested functions and classes excepted. */
  private declareVars(statement: ts.Statement | undefined, add: (name: ts.Identifier, definition: Omit<Definition, 'name'>) => void): void {
    if (!statement) return;
    const K = this.K;
    const tsModule = this.tsModule;
    const declareList = (list: ts.ForInitializer | undefined) => {
      if (!list || !tsModule.isVariableDeclarationList(list) || this.declarationKind(list) !== 'var') return;
      for (const declaration of list.declarations) this.declarePattern(declaration.name, (name) => add(name, { kind: 'var', node: declaration }));
    };
    switch (statement.kind) {
      case K.VariableStatement:
        declareList((statement as ts.VariableStatement).declarationList);
        return;
      case K.Block:
        for (const inner of (statement as ts.Block).statements) this.declareVars(inner, add);
        return;
      case K.IfStatement:
        this.declareVars((statement as ts.IfStatement).thenStatement, add);
        this.declareVars((statement as ts.IfStatement).elseStatement, add);
        return;
      case K.ForStatement:
      case K.ForInStatement:
      case K.ForOfStatement:
        declareList((statement as ts.ForStatement).initializer);
        this.declareVars((statement as ts.IterationStatement).statement, add);
        return;
      case K.DoStatement:
      case K.WhileStatement:
      case K.WithStatement:
      case K.LabeledStatement:
        this.declareVars((statement as ts.WhileStatement).statement, add);
        return;
      case K.TryStatement: {
        const { tryBlock, catchClause, finallyBlock } = statement as ts.TryStatement;
        this.declareVars(tryBlock, add);
        this.declareVars(catchClause?.block, add);
        this.declareVars(finallyBlock, add);
        return;
      }
      case K.SwitchStatement:
        for (const clause of (statement as ts.SwitchStatement).caseBlock.clauses) for (const inner of clause.statements) this.declareVars(inner, add);
        return;
      default:
        return;
    }
  }

  // -------------------------------------------------------------------------------------
  // Uses, found by text

  /** The references to `name` in `region` that `accept` keeps, found by searching the text for the name. */
  private search(name: string, region: ts.Node, accept: (identifier: ts.Identifier) => boolean): Reference[] {
    const text = this.sourceFile.text;
    const references: Reference[] = [];
    const end = region.end;
    for (let index = text.indexOf(name, region.pos); index >= 0 && index < end; index = text.indexOf(name, index + name.length)) {
      if (IDENTIFIER_PART.test(text[index - 1] ?? '') || IDENTIFIER_PART.test(text[index + name.length] ?? '')) continue;
      const identifier = this.identifierAt(index, name);
      if (!identifier) continue;
      const reference = this.referenceAt(identifier);
      if (reference && accept(identifier)) references.push(reference);
    }
    return references;
  }

  /** The identifier `name` that starts at `offset`, if the text there is one (and no comment or string). */
  private identifierAt(offset: number, name: string): ts.Identifier | undefined {
    const statements = this.sourceFile.statements;
    let low = 0;
    let high = statements.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (statements[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    let node: ts.Node | undefined = statements[low];
    if (!node || node.pos > offset) return undefined;
    for (;;) {
      if (node.kind === this.K.Identifier) {
        const identifier = node as ts.Identifier;
        return identifier.text === name && identifier.end - name.length === offset ? identifier : undefined;
      }
      let next: ts.Node | undefined;
      this.tsModule.forEachChild(node, (child) => {
        if (child.pos <= offset && offset < child.end) {
          next = child;
          return true;
        }
        return undefined;
      });
      if (!next) return undefined;
      node = next;
    }
  }

  /** What use an identifier is of its name: a read, a write, a declaration's initialisation; undefined if it is no use of a value. */
  private referenceAt(identifier: ts.Identifier): Reference | undefined {
    const K = this.K;
    const tsModule = this.tsModule;
    const parent = identifier.parent;
    const is = (value: ts.Node | undefined) => value === identifier;
    switch (parent.kind) {
      case K.PropertyAccessExpression:
        if (is((parent as ts.PropertyAccessExpression).name)) return undefined;
        break;
      case K.QualifiedName:
        if (is((parent as ts.QualifiedName).right)) return undefined;
        break;
      case K.PropertyAssignment:
      case K.MethodDeclaration:
      case K.PropertyDeclaration:
      case K.GetAccessor:
      case K.SetAccessor:
      case K.EnumMember:
      case K.FunctionDeclaration:
      case K.FunctionExpression:
      case K.ClassDeclaration:
      case K.ClassExpression:
      case K.EnumDeclaration:
      case K.ModuleDeclaration:
      case K.ImportEqualsDeclaration:
      case K.Parameter:
        if (is((parent as ts.NamedDeclaration).name)) return undefined;
        break;
      case K.ImportClause:
      case K.NamespaceImport:
      case K.ImportSpecifier:
      case K.NamespaceExport:
      case K.LabeledStatement:
      case K.BreakStatement:
      case K.ContinueStatement:
      case K.MetaProperty:
      case K.JsxAttribute:
      case K.JsxNamespacedName:
      case K.TypeParameter:
      case K.InterfaceDeclaration:
      case K.TypeAliasDeclaration:
        return undefined;
      case K.ExportSpecifier: {
        const specifier = parent as ts.ExportSpecifier;
        if (specifier.parent.parent.moduleSpecifier || !is(specifier.propertyName ?? specifier.name)) return undefined;
        break;
      }
      case K.JsxOpeningElement:
      case K.JsxSelfClosingElement:
      case K.JsxClosingElement:
        if (is((parent as ts.JsxOpeningElement).tagName) && !/^[A-Z]/.test(identifier.text)) return undefined;
        break;
      case K.BindingElement:
      case K.VariableDeclaration: {
        const declaration = parent as ts.BindingElement | ts.VariableDeclaration;
        if (tsModule.isBindingElement(declaration) && is(declaration.propertyName)) return undefined;
        if (!is(declaration.name)) break;
        return this.isInitialised(declaration) ? { identifier, read: false, write: true, init: true } : undefined;
      }
    }
    if (this.isInType(identifier)) return undefined;
    const write = this.writeOf(identifier);
    return { identifier, read: write !== 'write', write: write !== undefined, init: false };
  }

  /** Whether a declared name gets its value where it is declared (`const x = 1`, `const { a } = o`, `for (const x of xs)`). */
  private isInitialised(declaration: ts.BindingElement | ts.VariableDeclaration): boolean {
    const tsModule = this.tsModule;
    let current: ts.Node = declaration;
    while (tsModule.isBindingElement(current) || tsModule.isObjectBindingPattern(current) || tsModule.isArrayBindingPattern(current)) current = current.parent;
    if (!tsModule.isVariableDeclaration(current)) return false;
    if (current.initializer) return true;
    const loop = current.parent.parent;
    return tsModule.isForInStatement(loop) || tsModule.isForOfStatement(loop);
  }

  /** Whether an identifier stands in a type (`x: Foo`, `as Foo`, `implements Foo`), where it names no value. */
  private isInType(identifier: ts.Identifier): boolean {
    const K = this.K;
    const tsModule = this.tsModule;
    for (let current = identifier.parent; current; current = current.parent) {
      // A computed key is a value wherever it is written (`interface T { [KEY]: string }`).
      if (current.kind === K.ComputedPropertyName) return false;
      if (current.kind === K.ExpressionWithTypeArguments) {
        const clause = current.parent;
        if (tsModule.isHeritageClause(clause) && (clause.token !== K.ExtendsKeyword || !tsModule.isClassLike(clause.parent))) return true;
        continue;
      }
      if (tsModule.isTypeNode(current) || current.kind === K.InterfaceDeclaration || current.kind === K.TypeAliasDeclaration || current.kind === K.TypeParameter) return true;
      if (this.functionKinds.has(current.kind) || tsModule.isStatement(current) || current.kind === K.SourceFile || current.kind === K.ClassDeclaration) return false;
    }
    return false;
  }

  /** `x = 1` writes `x`; `x += 1`, `x++` read and write it; a pattern's names are written (`[a, b] = list`). */
  private writeOf(identifier: ts.Identifier): 'write' | 'read-write' | undefined {
    const K = this.K;
    const tsModule = this.tsModule;
    let node: ts.Node = identifier;
    while (tsModule.isParenthesizedExpression(node.parent)) node = node.parent;
    const parent = node.parent;
    switch (parent.kind) {
      case K.BinaryExpression: {
        const binary = parent as ts.BinaryExpression;
        const operator = binary.operatorToken.kind;
        if (binary.left !== node || operator < K.FirstAssignment || operator > K.LastAssignment) return undefined;
        return operator === K.EqualsToken ? 'write' : 'read-write';
      }
      case K.PrefixUnaryExpression:
      case K.PostfixUnaryExpression: {
        const operator = (parent as ts.PrefixUnaryExpression).operator;
        return operator === K.PlusPlusToken || operator === K.MinusMinusToken ? 'read-write' : undefined;
      }
      case K.ForInStatement:
      case K.ForOfStatement:
        return (parent as ts.ForInOrOfStatement).initializer === node ? 'write' : undefined;
      case K.ShorthandPropertyAssignment:
        return isAssignmentPattern(tsModule, parent.parent) ? 'write' : undefined;
      case K.PropertyAssignment:
        return (parent as ts.PropertyAssignment).initializer === node && isAssignmentPattern(tsModule, parent.parent) ? 'write' : undefined;
      case K.ArrayLiteralExpression:
        return isAssignmentPattern(tsModule, parent) ? 'write' : undefined;
      case K.SpreadElement:
      case K.SpreadAssignment:
        return isAssignmentPattern(tsModule, parent.parent) ? 'write' : undefined;
      default:
        return undefined;
    }
  }
}

const INDEXES = new WeakMap<ts.SourceFile, ScopeIndex>();

/** The scope index of one version of a file. */
export function scopeIndex(tsModule: TS, sourceFile: ts.SourceFile): ScopeIndex {
  let index = INDEXES.get(sourceFile);
  if (!index) {
    index = new ScopeIndex(tsModule, sourceFile);
    INDEXES.set(sourceFile, index);
  }
  return index;
}
