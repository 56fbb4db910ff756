import { AST } from './ast';
import {type TSESTree} from '@typescript-eslint/utils';

/** How one module is brought into a file, for fixes that reuse or extend the import. */
export type ModuleImport =
  | { readonly style: 'esm'; readonly declaration: TSESTree.ImportDeclaration }
  | {
      readonly style: 'cjs';
      readonly declaration: TSESTree.VariableDeclaration;
      readonly declarator: TSESTree.VariableDeclarator;
    };

function requiredModule(node: TSESTree.Expression | null): string | undefined {
  if (
    node?.type === AST.CallExpression &&
    node.callee.type === AST.Identifier &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === AST.Literal &&
    typeof node.arguments[0].value === 'string'
  ) {
    return node.arguments[0].value;
  }
  return undefined;
}

/** Top-level imports and `require`s of a file, by module specifier. */
export function collectModuleImports(program: TSESTree.Program): ReadonlyMap<string, ModuleImport[]> {
  const imports = new Map<string, ModuleImport[]>();
  const add = (module: string, entry: ModuleImport) => {
    imports.set(module, [...(imports.get(module) ?? []), entry]);
  };
  for (const statement of program.body) {
    if (statement.type === AST.ImportDeclaration) {
      add(statement.source.value, { style: 'esm', declaration: statement });
    } else if (statement.type === AST.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const module = requiredModule(declarator.init);
        if (module !== undefined) add(module, { style: 'cjs', declaration: statement, declarator });
      }
    }
  }
  return imports;
}

/** The module a top-level declaration reaches through a chain on a `require`: `require('fastify')({ logger })`, `require('m').x`. */
function chainedRequire(node: TSESTree.Expression | null): string | undefined {
  let current: TSESTree.Expression | null = node;
  for (;;) {
    const module = requiredModule(current);
    if (module !== undefined) return module;
    if (current?.type === AST.CallExpression) current = current.callee;
    else if (current?.type === AST.MemberExpression) current = current.object;
    else return undefined;
  }
}

/**
 * Every module the file's top level imports or requires, also through a chain
 * (`const app = require('fastify')()`): what decides which framework's file it is.
 */
export function importedModules(program: TSESTree.Program, imports: ReadonlyMap<string, ModuleImport[]>): ReadonlySet<string> {
  const modules = new Set(imports.keys());
  for (const statement of program.body) {
    if (statement.type !== AST.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      const module = chainedRequire(declarator.init);
      if (module !== undefined) modules.add(module);
    }
  }
  return modules;
}

/** Whether the file is written with `import` (ESM or TypeScript) rather than `require`. */
export function usesEsmImports(sourceType: string | undefined, imports: ReadonlyMap<string, ModuleImport[]>): boolean {
  const all = [...imports.values()].flat();
  if (all.some((entry) => entry.style === 'esm')) return true;
  if (all.some((entry) => entry.style === 'cjs')) return false;
  return sourceType === 'module';
}
