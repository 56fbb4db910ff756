/**
 * A syntax-only index of a file's declarations and references: what the TypeScript-AST
 * adapter needs to answer the matcher's scope questions the way ESLint's scope manager answers
 * them for the linter (which declaration a name refers to, whether a `let` is ever written
 * again, where an import is used). It reads no types and needs no Program, so hovers stay fast
 * and a language server without one can use it.
 *
 * Nothing is walked up front: an editor asks about a few nodes of a file that changes on every
 * keystroke, and a walk of a 20,000-line file costs more than the request. A name is resolved
 * by climbing from its node through the scopes around it, looking for that name among each
 * scope's own parameters and statements; the uses of a name are found by searching the scope's
 * text for it and keeping the identifiers there that resolve to it. Both answers are cached
 * per version of the file.
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

/** The declarations of one name being collected from one scope. */
interface Scan {
  readonly key: string;
  readonly definitions: Definition[];
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
  /** The kinds that may open a scope (see `scopeAt`), as flags by kind: the climbs pass many nodes that open none. */
  private readonly mayOpenScope: boolean[] = [];
  private readonly blockScoped: number;
  private readonly letFlag: number;
  private readonly constFlag: number;
  private readonly globalAugmentation: number;
  /** Per scope, the variables asked for by name (escaped, as TypeScript keeps it), `null` where the scope declares none. */
  private readonly declarations = new Map<ts.Node, Map<string, Variable | null>>();
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
    const scopeKinds = [...this.functionKinds, K.SourceFile, K.ForStatement, K.ForInStatement, K.ForOfStatement, K.CaseBlock, K.CatchClause, K.ClassStaticBlockDeclaration, K.Block, K.ClassExpression, K.ModuleDeclaration];
    for (const kind of scopeKinds) this.mayOpenScope[kind] = true;
    const flags = tsModule.NodeFlags;
    this.letFlag = flags.Let;
    this.constFlag = flags.Const;
    this.blockScoped = flags.Let | flags.Const | (flags.Using ?? 0);
    this.globalAugmentation = flags.GlobalAugmentation;
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

  /**
   * The parameter declaration an identifier refers to, if a parameter is what it refers to:
   * the matcher asks this of every receiver it meets, most often a handler's `res` a few
   * blocks inside the handler.
   */
  parameterOf(identifier: ts.Identifier): ts.ParameterDeclaration | undefined {
    const nearby = this.nearbyParameter(identifier);
    if (nearby) return nearby;
    const definition = this.variableOf(identifier)?.definitions[0];
    return definition?.kind === 'parameter' ? (definition.node as ts.ParameterDeclaration) : undefined;
  }

  /**
   * The answer of `parameterOf` where it needs no index: the climb to the nearest function
   * passes only blocks that declare nothing, and that function's parameters are plain names
   * up to the one sought. Undefined where the index must decide (a block with declarations,
   * another kind of scope, a destructured parameter, a name the function's parameters do not
   * bind). It allocates nothing and keeps nothing: a hover asks about one receiver.
   */
  private nearbyParameter(identifier: ts.Identifier): ts.ParameterDeclaration | undefined {
    const K = this.K;
    const key = identifier.escapedText;
    let child: ts.Node = identifier;
    for (let current = identifier.parent; current; child = current, current = current.parent) {
      const scope = this.mayOpenScope[current.kind] ? this.scopeAt(current, child) : undefined;
      if (scope === undefined) continue;
      if (scope.kind === K.Block) {
        if (this.declaresAnything((scope as ts.Block).statements)) return undefined;
        continue;
      }
      if (!this.functionKinds.has(scope.kind)) return undefined;
      const parameters = (scope as ts.FunctionLikeDeclaration).parameters;
      for (let index = 0; index < parameters.length; index++) {
        const parameter = parameters[index]!;
        const name = parameter.name;
        if (name.kind !== K.Identifier) return undefined;
        if ((name as ts.Identifier).escapedText === key) return parameter;
      }
      return undefined;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------
  // Resolution: asked for every receiver the matcher meets, so it allocates little and calls
  // no `typescript` export (each is a getter on the module).

  private resolve(identifier: ts.Identifier): Variable | undefined {
    const K = this.K;
    const key = identifier.escapedText as string;
    let child: ts.Node = identifier;
    for (let current = identifier.parent; current; child = current, current = current.parent) {
      const scope = this.mayOpenScope[current.kind] ? this.scopeAt(current, child) : undefined;
      if (scope === undefined) continue;
      const variable = this.lookup(scope, key);
      if (variable) return variable;
      // A function expression's own name is visible inside it, in a scope of its own around the function's.
      const name = current.kind === K.FunctionExpression ? (current as ts.FunctionExpression).name : undefined;
      if (name && name.escapedText === key) return this.lookup(name, key);
    }
    return undefined;
  }

  /** The scope `node` opens for its child `child`, if any. */
  private scopeAt(node: ts.Node, child: ts.Node): ts.Node | undefined {
    const K = this.K;
    if (this.functionKinds.has(node.kind)) {
      // A computed name and the decorators are evaluated outside the function.
      return child === (node as ts.FunctionLikeDeclaration).name || child.kind === K.Decorator ? undefined : node;
    }
    switch (node.kind) {
      case K.SourceFile:
      case K.ForStatement:
      case K.ForInStatement:
      case K.ForOfStatement:
      case K.CaseBlock:
      case K.CatchClause:
      case K.ClassStaticBlockDeclaration:
        return node;
      case K.Block: {
        const parent = node.parent;
        const isBody = (this.functionKinds.has(parent.kind) && (parent as ts.FunctionLikeDeclaration).body === node) || parent.kind === K.ClassStaticBlockDeclaration;
        return isBody ? undefined : node;
      }
      case K.ClassExpression:
        return child.kind === K.Decorator || !(node as ts.ClassExpression).name ? undefined : node;
      case K.ModuleDeclaration:
        return (node as ts.ModuleDeclaration).body === child ? node : undefined;
      default:
        return undefined;
    }
  }

  /**
   * The variable a scope declares under a name, read from the scope's own parameters and
   * statements when first asked: a scope is asked about few names, so only those are looked for.
   */
  private lookup(scope: ts.Node, key: string): Variable | undefined {
    // Most blocks declare nothing (`if (!item) { res.status(404); return; }`): seen at a glance, nothing kept.
    if (scope.kind === this.K.Block && !this.declaresAnything((scope as ts.Block).statements)) return undefined;
    let names = this.declarations.get(scope);
    if (!names) {
      names = new Map();
      this.declarations.set(scope, names);
    }
    let variable = names.get(key);
    if (variable === undefined) {
      const scan: Scan = { key, definitions: [] };
      this.declarationsOf(scope, scan);
      variable = scan.definitions.length > 0 ? { name: scan.definitions[0]!.name.text, definitions: scan.definitions, region: scope.kind === this.K.Identifier ? scope.parent : scope } : null;
      names.set(key, variable);
    }
    return variable ?? undefined;
  }

  /** Whether a block's statements declare a name of the block. */
  private declaresAnything(statements: readonly ts.Statement[]): boolean {
    const K = this.K;
    for (let index = 0; index < statements.length; index++) {
      const kind = statements[index]!.kind;
      if (kind === K.VariableStatement || kind === K.FunctionDeclaration || kind === K.ClassDeclaration || kind === K.EnumDeclaration || kind === K.ModuleDeclaration) return true;
    }
    return false;
  }

  /** Every declaration of `scan.key` that a scope makes, into `scan`. */
  private declarationsOf(scope: ts.Node, scan: Scan): void {
    const K = this.K;
    if (scope.kind === K.Identifier) {
      // The own name of a function expression.
      this.add(scan, scope as ts.Identifier, 'function', scope.parent);
      return;
    }
    if (this.functionKinds.has(scope.kind)) {
      const fn = scope as ts.FunctionLikeDeclaration;
      for (const parameter of fn.parameters) {
        const name = parameter.name;
        if (name.kind === K.Identifier && name.text === 'this') continue;
        this.declarePattern(scan, name, 'parameter', parameter, fn);
      }
      // A parameter is the variable's first definition, which is all anyone asks of it (a
      // `var` of the same name below adds nothing that makes it a constant): the body, often
      // long, need not be read.
      if (scan.definitions.length > 0) return;
      if (fn.body && fn.body.kind === K.Block) this.declareStatements(scan, (fn.body as ts.Block).statements, true);
      return;
    }
    switch (scope.kind) {
      case K.SourceFile:
        this.declareStatements(scan, (scope as ts.SourceFile).statements, true);
        break;
      case K.ClassStaticBlockDeclaration:
        this.declareStatements(scan, (scope as ts.ClassStaticBlockDeclaration).body.statements, true);
        break;
      case K.ModuleDeclaration: {
        const body = (scope as ts.ModuleDeclaration).body;
        if (body && body.kind === K.ModuleBlock) this.declareStatements(scan, (body as ts.ModuleBlock).statements, true);
        break;
      }
      case K.Block:
        this.declareStatements(scan, (scope as ts.Block).statements, false);
        break;
      case K.CaseBlock:
        for (const clause of (scope as ts.CaseBlock).clauses) this.declareStatements(scan, clause.statements, false);
        break;
      case K.ForStatement:
      case K.ForInStatement:
      case K.ForOfStatement: {
        const initializer = (scope as ts.ForStatement).initializer;
        if (initializer && initializer.kind === K.VariableDeclarationList) {
          const list = initializer as ts.VariableDeclarationList;
          const kind = this.declarationKind(list);
          if (kind !== 'var') for (const declaration of list.declarations) this.declarePattern(scan, declaration.name, kind, declaration);
        }
        break;
      }
      case K.CatchClause: {
        const declaration = (scope as ts.CatchClause).variableDeclaration;
        if (declaration) this.declarePattern(scan, declaration.name, 'catch', scope);
        break;
      }
      case K.ClassExpression: {
        const name = (scope as ts.ClassExpression).name;
        if (name) this.add(scan, name, 'class', scope);
        break;
      }
    }
  }

  private add(scan: Scan, name: ts.Identifier, kind: DefinitionKind, node: ts.Node, fn?: ts.SignatureDeclaration): void {
    if (name.escapedText === scan.key) scan.definitions.push(fn ? { kind, name, node, fn } : { kind, name, node });
  }

  private declarationKind(list: ts.VariableDeclarationList): DefinitionKind {
    const scoped = list.flags & this.blockScoped;
    if (scoped === 0) return 'var';
    if (scoped === this.letFlag) return 'let';
    return scoped === this.constFlag ? 'const' : 'using';
  }

  private declarePattern(scan: Scan, name: ts.BindingName, kind: DefinitionKind, node: ts.Node, fn?: ts.SignatureDeclaration): void {
    if (name.kind === this.K.Identifier) {
      this.add(scan, name as ts.Identifier, kind, node, fn);
      return;
    }
    for (const element of (name as ts.BindingPattern).elements) {
      if (element.kind !== this.K.OmittedExpression) this.declarePattern(scan, (element as ts.BindingElement).name, kind, node, fn);
    }
  }

  /** The declarations of a list of statements: block-scoped ones, and with `hoisting`, every `var` below them too. */
  private declareStatements(scan: Scan, statements: readonly ts.Statement[], hoisting: boolean): void {
    const K = this.K;
    for (const statement of statements) {
      switch (statement.kind) {
        case K.VariableStatement: {
          const list = (statement as ts.VariableStatement).declarationList;
          const kind = this.declarationKind(list);
          if (kind !== 'var') for (const declaration of list.declarations) this.declarePattern(scan, declaration.name, kind, declaration);
          break;
        }
        case K.FunctionDeclaration:
        case K.ClassDeclaration: {
          const name = (statement as ts.FunctionDeclaration | ts.ClassDeclaration).name;
          if (name) this.add(scan, name, statement.kind === K.FunctionDeclaration ? 'function' : 'class', statement);
          break;
        }
        case K.EnumDeclaration:
          this.add(scan, (statement as ts.EnumDeclaration).name, 'enum', statement);
          break;
        case K.ModuleDeclaration: {
          const name = (statement as ts.ModuleDeclaration).name;
          if (name.kind === K.Identifier && !(statement.flags & this.globalAugmentation)) this.add(scan, name, 'namespace', statement);
          break;
        }
        case K.ImportEqualsDeclaration:
          this.add(scan, (statement as ts.ImportEqualsDeclaration).name, 'import', statement);
          break;
        case K.ImportDeclaration: {
          const clause = (statement as ts.ImportDeclaration).importClause;
          if (clause?.name) this.add(scan, clause.name, 'import', clause);
          const bindings = clause?.namedBindings;
          if (bindings && bindings.kind === K.NamespaceImport) this.add(scan, bindings.name, 'import', bindings);
          else if (bindings) for (const specifier of (bindings as ts.NamedImports).elements) this.add(scan, specifier.name, 'import', specifier);
          break;
        }
      }
    }
    if (hoisting) for (const statement of statements) this.declareVars(scan, statement);
  }

  /** `var` declarations anywhere in a statement, nested functions and classes excepted. */
  private declareVars(scan: Scan, statement: ts.Statement | undefined): void {
    if (!statement) return;
    const K = this.K;
    switch (statement.kind) {
      case K.VariableStatement:
        this.declareVarList(scan, (statement as ts.VariableStatement).declarationList);
        return;
      case K.Block:
        for (const inner of (statement as ts.Block).statements) this.declareVars(scan, inner);
        return;
      case K.IfStatement:
        this.declareVars(scan, (statement as ts.IfStatement).thenStatement);
        this.declareVars(scan, (statement as ts.IfStatement).elseStatement);
        return;
      case K.ForStatement:
      case K.ForInStatement:
      case K.ForOfStatement:
        this.declareVarList(scan, (statement as ts.ForStatement).initializer);
        this.declareVars(scan, (statement as ts.IterationStatement).statement);
        return;
      case K.DoStatement:
      case K.WhileStatement:
      case K.WithStatement:
      case K.LabeledStatement:
        this.declareVars(scan, (statement as ts.WhileStatement).statement);
        return;
      case K.TryStatement: {
        const { tryBlock, catchClause, finallyBlock } = statement as ts.TryStatement;
        this.declareVars(scan, tryBlock);
        this.declareVars(scan, catchClause?.block);
        this.declareVars(scan, finallyBlock);
        return;
      }
      case K.SwitchStatement:
        for (const clause of (statement as ts.SwitchStatement).caseBlock.clauses) for (const inner of clause.statements) this.declareVars(scan, inner);
        return;
      default:
        return;
    }
  }

  private declareVarList(scan: Scan, list: ts.ForInitializer | undefined): void {
    if (!list || list.kind !== this.K.VariableDeclarationList || this.declarationKind(list as ts.VariableDeclarationList) !== 'var') return;
    for (const declaration of (list as ts.VariableDeclarationList).declarations) this.declarePattern(scan, declaration.name, 'var', declaration);
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
