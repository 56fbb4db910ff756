/**
 * What the matcher may ask of a syntax tree. Each front end (the ESTree adapter for ESLint
 * and Oxlint, the TypeScript-AST adapter for tsserver and the language server) implements
 * this over its own nodes; the matcher reads nothing else, so both front ends reach the
 * same answer for the same code.
 *
 * Nodes are opaque handles. Every method answers for the node as written: wrappers that do
 * not change a value (casts, `!`, `satisfies`, `await`, optional chains) are `wrapper` nodes,
 * crossed by `unwrap`. Parentheses are no nodes at all: `parent` and `args` never return one
 * (ESTree has none; the TypeScript adapter skips them), so both trees have the same shape.
 */
export type NodeKind =
  | 'identifier'
  | 'this'
  | 'member'
  | 'call'
  | 'new'
  | 'number'
  | 'string'
  | 'template'
  | 'object'
  | 'array'
  | 'property'
  | 'spread'
  | 'class-property'
  | 'assignment'
  | 'binary'
  | 'logical'
  | 'conditional'
  | 'case'
  | 'return'
  | 'function'
  | 'statement'
  | 'wrapper'
  | 'other';

/** A function's parameter as the matcher sees it: its plain name and its type's last name. */
export interface ParameterFacts {
  /** `res` in `(res) =>`, `(res = x) =>`; undefined for patterns (`({ set })`). */
  readonly name: string | undefined;
  /** `Response` in `res: express.Response`. */
  readonly typeName: string | undefined;
}

/** A class field as the matcher sees it (`status = 404` in `class NotFound extends HttpError`). */
export interface ClassFieldFacts {
  readonly isStatic: boolean;
  readonly className: string | undefined;
  /** The last name of the class it extends (`HttpError` in `extends errors.HttpError`). */
  readonly superClassName: string | undefined;
}

/** Facts read off the tree alone, without scopes: enough for shapes of expressions. */
export interface TreeFacts<N extends object> {
  /**
   * What the node is. `function` covers every function and method; `statement` every other
   * statement or declaration (a class declaration too); `wrapper` what `unwrap` strips.
   */
  kind(node: N): NodeKind;
  /** The node without the wrappers that do not change its value. */
  unwrap(node: N): N;
  /** The outermost cast around the node (`{ … } as Body`, `x!`, `x satisfies T`), or the node itself. */
  outermost(node: N): N;
  /** The node that holds this one, wrappers skipped; undefined at the top of the file. */
  parent(node: N): N | undefined;

  /** An identifier's name; a member's static property name (`a.b`, `a['b']`). */
  name(node: N): string | undefined;
  /** The object of a member (`a` in `a.b`). */
  object(member: N): N;
  /** The callee of a call or construction. */
  callee(call: N): N;
  /** The arguments of a call or construction, as written (spreads are `spread` nodes). */
  args(call: N): readonly N[];

  /** The number a literal stands for, with a unary minus applied (`-1`). */
  numberValue(node: N): number | undefined;
  /** A string literal's text. */
  stringValue(node: N): string | undefined;

  /** The members of an object literal (`property` and `spread` nodes). */
  properties(object: N): readonly N[];
  /** The elements of an array literal; holes are undefined. */
  elements(array: N): readonly (N | undefined)[];
  /** The static key of a property or class field (`status`, `'status'`); undefined if computed. */
  key(property: N): string | undefined;
  /** The value of a property or class field; undefined for a field without initialiser. */
  value(property: N): N | undefined;

  /** The operator of an assignment, binary or logical expression (`=`, `===`, `||`). */
  operator(node: N): string;
  left(node: N): N;
  right(node: N): N;
  /** Both arms of `c ? a : b`. */
  arms(conditional: N): readonly [N, N];
  /** The test of a `case` clause (undefined for `default`) and the switch's discriminant. */
  caseTest(clause: N): N | undefined;
  discriminant(clause: N): N;
  /** The argument of a `return`. */
  returned(statement: N): N | undefined;
  /** The body of an arrow function when it is an expression (`() => ({ … })`). */
  expressionBody(fn: N): N | undefined;
  classField(field: N): ClassFieldFacts;
  /** A function's parameters, in order. */
  parameters(fn: N): readonly ParameterFacts[];
}

/** A function's parameter, where an identifier refers to one. */
export interface ParameterAt<N extends object> {
  readonly fn: N;
  /** The parameter itself: what its roles are kept under. */
  readonly node: N;
  readonly index: number;
  /** How many parameters the function has. */
  readonly arity: number;
  readonly facts: ParameterFacts;
}

/** Tree facts and what the file's scopes and imports say. */
export interface SyntaxFacts<N extends object> extends TreeFacts<N> {
  /** The parameter an identifier refers to, by scope: its function, position and facts, and the function's arity. */
  parameterOf(identifier: N): ParameterAt<N> | undefined;
  /** The number an identifier or member holds when it is a constant the file defines (`const C = 204`). */
  constantNumber(node: N): number | undefined;
  /** Whether an identifier is bound nowhere in the file (a global or an auto-import). */
  isUndeclared(identifier: N): boolean;
  /** What the file's imports and globals say this node is (see `TRACKED_REFERENCES`), if anything. */
  trackedReference(node: N): TrackedReferenceInfo | undefined;
}

/** What an import or a global leads to: a catalogue helper, or a constants library's member. */
export type TrackedReferenceInfo =
  | { readonly type: 'shape'; readonly shape: import('../types').BindingShape }
  | { readonly type: 'member'; readonly member: LibraryMember };

export interface LibraryMember {
  readonly library: import('../../registry').ConstantsLibraryId;
  readonly member: string;
  readonly code: number;
}

/** What is known of a file as a whole. */
export interface FileFacts {
  /** Module specifiers the file imports or requires. */
  readonly modules: ReadonlySet<string>;
  readonly text: string;
}
