import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ClassFieldFacts, NodeKind, ParameterAt, ParameterFacts, SyntaxFacts, TrackedReferenceInfo, TreeFacts } from '../frameworks/match';
import { AST } from './ast';
import { resolveTrackedReferences } from './bindings';
import { isFunctionNode, memberName, propertyKeyName, unwrapExpression } from './nodes';

type Node = TSESTree.Node;

const WRAPPERS: ReadonlySet<string> = new Set([
  AST.TSAsExpression,
  AST.TSNonNullExpression,
  AST.TSSatisfiesExpression,
  AST.TSTypeAssertion,
  AST.ChainExpression,
  AST.AwaitExpression,
]);

const CASTS: ReadonlySet<string> = new Set([AST.TSAsExpression, AST.TSSatisfiesExpression, AST.TSNonNullExpression, AST.TSTypeAssertion]);

function literalKind(node: TSESTree.Literal): NodeKind {
  if (typeof node.value === 'number') return 'number';
  return typeof node.value === 'string' ? 'string' : 'other';
}

function isNegatedNumber(node: TSESTree.UnaryExpression): boolean {
  return node.operator === '-' && node.argument.type === AST.Literal && typeof node.argument.value === 'number';
}

function typeName(annotation: TSESTree.TSTypeAnnotation | undefined): string | undefined {
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST.TSTypeReference) return undefined;
  if (type.typeName.type === AST.Identifier) return type.typeName.name;
  return type.typeName.type === AST.TSQualifiedName ? type.typeName.right.name : undefined;
}

function parameterIdentifier(parameter: TSESTree.Parameter): TSESTree.Identifier | undefined {
  if (parameter.type === AST.Identifier) return parameter;
  if (parameter.type === AST.AssignmentPattern && parameter.left.type === AST.Identifier) return parameter.left;
  return undefined;
}

function parameterFacts(parameter: TSESTree.Parameter): ParameterFacts {
  const identifier = parameterIdentifier(parameter);
  return { name: identifier?.name, typeName: typeName(identifier?.typeAnnotation) };
}

function lastNameOf(node: Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST.Identifier) return expression.name;
  return expression.type === AST.MemberExpression ? memberName(expression) : undefined;
}

/** ESTree's answers to the matcher's questions about the tree alone; no scope is needed. */
export const ESTREE_TREE: TreeFacts<Node> = {
  kind(node) {
    switch (node.type) {
      case AST.Identifier:
        return 'identifier';
      case AST.ThisExpression:
        return 'this';
      case AST.MemberExpression:
        return 'member';
      case AST.CallExpression:
        return 'call';
      case AST.NewExpression:
        return 'new';
      case AST.Literal:
        return literalKind(node);
      case AST.UnaryExpression:
        return isNegatedNumber(node) ? 'number' : 'other';
      case AST.TemplateLiteral:
        return 'template';
      case AST.ObjectExpression:
        return 'object';
      case AST.ArrayExpression:
        return 'array';
      case AST.Property:
        return 'property';
      case AST.SpreadElement:
        return 'spread';
      case AST.PropertyDefinition:
        return 'class-property';
      case AST.AssignmentExpression:
        return 'assignment';
      case AST.BinaryExpression:
        return 'binary';
      case AST.LogicalExpression:
        return 'logical';
      case AST.ConditionalExpression:
        return 'conditional';
      case AST.SwitchCase:
        return 'case';
      case AST.ReturnStatement:
        return 'return';
      case AST.FunctionExpression:
      case AST.ArrowFunctionExpression:
      case AST.FunctionDeclaration:
        return 'function';
      default:
        if (WRAPPERS.has(node.type)) return 'wrapper';
        return node.type.endsWith('Statement') || node.type.endsWith('Declaration') || node.type === AST.Program ? 'statement' : 'other';
    }
  },
  unwrap: unwrapExpression,
  outermost(node) {
    let current = node;
    while (current.parent && CASTS.has(current.parent.type)) current = current.parent;
    return current;
  },
  parent: (node) => node.parent,
  name(node) {
    if (node.type === AST.Identifier) return node.name;
    return node.type === AST.MemberExpression ? memberName(node) : undefined;
  },
  object: (member) => (member as TSESTree.MemberExpression).object,
  callee: (call) => (call as TSESTree.CallExpression | TSESTree.NewExpression).callee,
  args: (call) => (call as TSESTree.CallExpression | TSESTree.NewExpression).arguments,
  numberValue(node) {
    if (node.type === AST.Literal) return typeof node.value === 'number' ? node.value : undefined;
    if (node.type === AST.UnaryExpression && isNegatedNumber(node)) return -((node.argument as TSESTree.NumberLiteral).value);
    return undefined;
  },
  stringValue: (node) => (node.type === AST.Literal && typeof node.value === 'string' ? node.value : undefined),
  properties: (object) => (object as TSESTree.ObjectExpression).properties,
  elements: (array) => (array as TSESTree.ArrayExpression).elements.map((element) => element ?? undefined),
  key: (property) => propertyKeyName(property as TSESTree.Property | TSESTree.PropertyDefinition),
  value(property) {
    const value = (property as TSESTree.Property | TSESTree.PropertyDefinition).value;
    return value ?? undefined;
  },
  operator: (node) => (node as TSESTree.BinaryExpression).operator,
  left: (node) => (node as TSESTree.BinaryExpression).left,
  right: (node) => (node as TSESTree.BinaryExpression).right,
  arms(conditional) {
    const { consequent, alternate } = conditional as TSESTree.ConditionalExpression;
    return [consequent, alternate];
  },
  caseTest: (clause) => (clause as TSESTree.SwitchCase).test ?? undefined,
  discriminant: (clause) => ((clause as TSESTree.SwitchCase).parent as TSESTree.SwitchStatement).discriminant,
  returned: (statement) => (statement as TSESTree.ReturnStatement).argument ?? undefined,
  expressionBody(fn) {
    return fn.type === AST.ArrowFunctionExpression && fn.expression ? fn.body : undefined;
  },
  classField(field): ClassFieldFacts {
    const definition = field as TSESTree.PropertyDefinition;
    const classNode = definition.parent.parent;
    return {
      isStatic: definition.static,
      className: classNode.id?.name,
      superClassName: classNode.superClass ? lastNameOf(classNode.superClass) : undefined,
    };
  },
  parameters(fn): ParameterFacts[] {
    return (fn as TSESTree.FunctionLike).params.map(parameterFacts);
  },
};

/** The function and position of the parameter a variable is, if it is one. */
function parameterOfVariable(variable: TSESLint.Scope.Variable): ParameterAt<Node> | undefined {
  const definition = variable.defs[0];
  if (definition?.type !== 'Parameter' || !isFunctionNode(definition.node)) return undefined;
  const fn = definition.node;
  const index = fn.params.findIndex((parameter) => parameterIdentifier(parameter) === definition.name);
  return index < 0 ? undefined : { fn, node: fn.params[index]!, index, arity: fn.params.length, facts: parameterFacts(fn.params[index]!) };
}

/** The matcher's questions answered from one linted file: its tree, its scopes, its imports. */
export class EstreeSyntax implements SyntaxFacts<Node> {
  private tracked: ReadonlyMap<Node, TrackedReferenceInfo> | undefined;
  private readonly parameterOfVariables = new Map<TSESLint.Scope.Variable, ParameterAt<Node> | null>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  readonly kind = ESTREE_TREE.kind;
  readonly unwrap = ESTREE_TREE.unwrap;
  readonly outermost = ESTREE_TREE.outermost;
  readonly parent = ESTREE_TREE.parent;
  readonly name = ESTREE_TREE.name;
  readonly object = ESTREE_TREE.object;
  readonly callee = ESTREE_TREE.callee;
  readonly args = ESTREE_TREE.args;
  readonly numberValue = ESTREE_TREE.numberValue;
  readonly stringValue = ESTREE_TREE.stringValue;
  readonly properties = ESTREE_TREE.properties;
  readonly elements = ESTREE_TREE.elements;
  readonly key = ESTREE_TREE.key;
  readonly value = ESTREE_TREE.value;
  readonly operator = ESTREE_TREE.operator;
  readonly left = ESTREE_TREE.left;
  readonly right = ESTREE_TREE.right;
  readonly arms = ESTREE_TREE.arms;
  readonly caseTest = ESTREE_TREE.caseTest;
  readonly discriminant = ESTREE_TREE.discriminant;
  readonly returned = ESTREE_TREE.returned;
  readonly expressionBody = ESTREE_TREE.expressionBody;
  readonly classField = ESTREE_TREE.classField;
  readonly parameters = ESTREE_TREE.parameters;

  parameterOf(identifier: Node): ParameterAt<Node> | undefined {
    if (identifier.type !== AST.Identifier) return undefined;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    if (!variable) return undefined;
    // Every use of a handler's `res` asks: the answer is the variable's.
    let parameter = this.parameterOfVariables.get(variable);
    if (parameter === undefined) {
      parameter = parameterOfVariable(variable) ?? null;
      this.parameterOfVariables.set(variable, parameter);
    }
    return parameter ?? undefined;
  }

  constantNumber(node: Node): number | undefined {
    if (node.type !== AST.Identifier && node.type !== AST.MemberExpression) return undefined;
    const value = ASTUtils.getStaticValue(node, this.sourceCode.getScope(node));
    return value && typeof value.value === 'number' ? value.value : undefined;
  }

  isUndeclared(identifier: Node): boolean {
    if (identifier.type !== AST.Identifier) return false;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    return variable === null || variable.defs.length === 0;
  }

  trackedReference(node: Node): TrackedReferenceInfo | undefined {
    this.tracked ??= resolveTrackedReferences(this.sourceCode);
    return this.tracked.get(node);
  }

  /** Every constants-library member the file reads, by node. */
  libraryMembers(): [Node, Extract<TrackedReferenceInfo, { type: 'member' }>['member']][] {
    this.trackedReference(this.sourceCode.ast);
    return [...this.tracked!].flatMap(([node, info]) => (info.type === 'member' ? [[node, info.member] as [Node, typeof info.member]] : []));
  }
}
