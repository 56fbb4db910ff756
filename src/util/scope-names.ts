import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

function scopeAt(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): Scope | undefined {
  return typeof sourceCode.getScope === 'function' ? sourceCode.getScope(node) : undefined;
}

/** The variable `name` refers to at `node`, walking out from its innermost scope. */
function variableAt(scope: Scope, name: string): Variable | undefined {
  for (let current: Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

function isWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** Whether `name` at `node` means the binding that `declaration` (a top-level import) creates. */
export function refersToDeclaration(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  name: string,
  declaration: TSESTree.Node,
): boolean {
  const scope = scopeAt(sourceCode, node);
  const variable = scope && variableAt(scope, name);
  return variable !== undefined && variable.defs.some((definition) => isWithin(definition.name, declaration));
}

const IMPLICIT_GLOBALS = new WeakMap<Scope, ReadonlySet<string>>();

/** Names the file uses without declaring them, once per file: fixes ask for every report. */
function implicitGlobals(global: Scope): ReadonlySet<string> {
  let names = IMPLICIT_GLOBALS.get(global);
  if (!names) {
    names = new Set(global.through.map((reference) => reference.identifier.name));
    IMPLICIT_GLOBALS.set(global, names);
  }
  return names;
}

function globalScopeOf(scope: Scope): Scope {
  let current = scope;
  while (current.upper) current = current.upper;
  return current;
}

/**
 * Whether a new top-level binding called `name` would mean the import at `node` and change
 * nothing else: no scope from `node` outwards declares it, and no code in the file already
 * uses it as a global (a new binding would capture that reference).
 */
export function isNameFreeAt(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, name: string): boolean {
  const scope = scopeAt(sourceCode, node);
  if (!scope || variableAt(scope, name)) return false;
  const global = globalScopeOf(scope);
  const topLevel = [global, ...global.childScopes.filter((child) => child.block === sourceCode.ast)];
  if (topLevel.some((candidate) => candidate.set.has(name))) return false;
  return !implicitGlobals(global).has(name);
}
