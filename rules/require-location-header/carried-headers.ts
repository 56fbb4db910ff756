import { AST } from '../../src/estree/ast';
import { type TSESTree } from '@typescript-eslint/utils';
import { builtHeaderNames, propertyKeyName, unwrapExpression, type StatusModel, type StatusSite } from '../../src/estree';
import { frameworkDefinition } from '../../src/frameworks';

const LOCATION = 'location';

/** What is known about a response's Location header: set, missing, or not knowable here. */
export type LocationState = 'set' | 'missing' | 'unknown';

function headersState(headers: ReadonlySet<string> | 'unknown'): LocationState {
  if (headers === 'unknown') return 'unknown';
  return headers.has(LOCATION) ? 'set' : 'missing';
}

/** `new Response(body, { status: 201, headers: { Location } })` and its kin. */
function initObjectState(site: StatusSite, model: StatusModel): LocationState | undefined {
  const property = site.shape && 'headersProperty' in site.shape ? site.shape.headersProperty : undefined;
  const call = site.node;
  if (!property || (call.type !== AST.CallExpression && call.type !== AST.NewExpression)) return undefined;
  // `withLocation(NextResponse.json(x, { status: 201 }), url)`: a helper finishes the response.
  if (call.parent?.type === AST.CallExpression && call.parent.arguments.includes(call as TSESTree.CallExpressionArgument)) return 'unknown';
  const index = site.shape?.statusArguments.find((argument) => argument.init)?.index;
  const argument = index === undefined ? undefined : call.arguments[index];
  const init = argument && unwrapExpression(argument);
  if (!init || init.type !== AST.ObjectExpression) return 'unknown';
  return objectState(init, [property], false, model);
}

/** An object carrying a status: `{ statusCode: 302, headers: { Location } }`. */
function objectState(object: TSESTree.ObjectExpression, headerProperties: readonly string[], needsResponseShape: boolean, model: StatusModel): LocationState {
  let sawBody = false;
  for (const property of object.properties) {
    if (property.type !== AST.Property) return 'unknown';
    const key = propertyKeyName(property);
    if (key !== undefined && headerProperties.includes(key)) return headersState(builtHeaderNames(property.value, model.sourceCode));
    if (key === 'body') sawBody = true;
  }
  return !needsResponseShape || sawBody ? 'missing' : 'unknown';
}

/**
 * The Location of a response whose status and headers travel together in one object: the
 * init of `new Response(body, { status: 201, headers })`, a returned `{ statusCode, headers }`.
 */
export function carriedLocationState(site: StatusSite, model: StatusModel): LocationState | undefined {
  const init = initObjectState(site, model);
  if (init) return init;
  const headerBags = frameworkDefinition(site.framework).headerBagProperties;
  if (headerBags && site.node.parent?.type === AST.ObjectExpression) return objectState(site.node.parent, headerBags, true, model);
  return undefined;
}
