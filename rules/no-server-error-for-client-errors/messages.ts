import { AST } from '../../src/estree/ast';
import {ASTUtils, type TSESTree} from '@typescript-eslint/utils';
import { CLIENT_MESSAGE_MEANINGS, SERVER_FAULT_MESSAGE, type MessageMeaning } from '../../src/frameworks';
import { unwrapExpression, type StatusModel } from '../../src/estree';

/** String pieces of the arguments next to the status (`{ error: 'email is required' }`). */
function messageTexts(nodes: readonly TSESTree.Node[], model: StatusModel, depth = 0): string[] {
  const texts: string[] = [];
  for (const node of nodes) {
    const expression = unwrapExpression(node);
    if (expression.type === AST.Literal && typeof expression.value === 'string') texts.push(expression.value);
    else if (expression.type === AST.TemplateLiteral) texts.push(expression.quasis.map((quasi) => quasi.value.cooked ?? '').join(' '));
    else if (expression.type === AST.ObjectExpression && depth < 3) {
      texts.push(...messageTexts(expression.properties.flatMap((property) => (property.type === AST.Property ? [property.value] : [])), model, depth + 1));
    } else if ((expression.type === AST.NewExpression || expression.type === AST.CallExpression) && depth < 3) {
      // `new HttpError('…')`, `JSON.stringify({ message: '…' })`
      texts.push(...messageTexts(expression.arguments, model, depth + 1));
    } else if (expression.type === AST.Identifier && depth < 3) {
      // `let message = 'Unexpected error'; if (duplicate) message = 'Email already exists';`
      texts.push(...messageTexts(assignedValues(expression, model), model, depth + 1));
    }
  }
  return texts;
}

/** Every value a variable is given: its initialiser and its assignments. */
function assignedValues(identifier: TSESTree.Identifier, model: StatusModel): TSESTree.Node[] {
  const variable = ASTUtils.findVariable(model.sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Variable') return [];
  return variable.references.flatMap((reference) => (reference.writeExpr ? [reference.writeExpr as TSESTree.Node] : []));
}

/** The arguments of the status call and of the calls chained around it. */
function argumentsAround(site: TSESTree.Node): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  // `{ statusCode: 500, body: JSON.stringify({ message: '…' }) }`: the object's other values.
  if (site.type === AST.Property && site.parent.type === AST.ObjectExpression) nodes.push(site.parent);
  if (site.type === AST.CallExpression || site.type === AST.NewExpression) nodes.push(...site.arguments);
  let current: TSESTree.Node = site;
  while (current.parent?.type === AST.MemberExpression && current.parent.object === current && current.parent.parent.type === AST.CallExpression) {
    current = current.parent.parent;
    nodes.push(...(current as TSESTree.CallExpression).arguments);
  }
  return nodes;
}

/** What a message next to the status says went wrong, in a text that does not also speak of the server. */
export function messageMeaning(site: TSESTree.Node, model: StatusModel): MessageMeaning | undefined {
  const texts = messageTexts(argumentsAround(site), model).filter((text) => !SERVER_FAULT_MESSAGE.test(text));
  return CLIENT_MESSAGE_MEANINGS.find((meaning) => texts.some((text) => meaning.pattern.test(text)));
}

/** `res.status(500).send('Database error')`: the message itself blames the server. */
export function speaksOfServer(site: TSESTree.Node, model: StatusModel): boolean {
  return messageTexts(argumentsAround(site), model).some((text) => SERVER_FAULT_MESSAGE.test(text));
}
