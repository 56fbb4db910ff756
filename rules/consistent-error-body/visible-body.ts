import { AST } from '../../src/estree/ast';
import { ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import {
  builtHeaderNames,
  calleeName,
  contentOfSite,
  headersOfResponse,
  propertyKeyName,
  sentWithDefaultStatus,
  statusInForce,
  unwrapExpression,
  type StatusModel,
  type StatusSite,
} from '../../src/estree';
import { isStatusCodeInRange, lookupStatus } from '../../src/registry';

/** An object literal sent as a response's content, and the status it is sent with. */
export interface VisibleBody {
  readonly object: TSESTree.ObjectExpression;
  /** The codes the response may be sent with, every one known. */
  readonly codes: readonly number[];
  /** The site of that status; none where no status is set and the default 200 goes out. */
  readonly site?: StatusSite;
}

/** What frameworks answer content with when nothing sets a status (RFC 9110 §15.3.1). */
export const DEFAULT_STATUS = 200;

/** A member of a body that states a status: `status: 404`, `error: { code: 404 }`. */
export interface BodyStatus {
  /** How the member is reached from the body, for messages: `status`, `error.code`. */
  readonly path: string;
  readonly code: number;
  readonly node: TSESTree.Node;
}

const STATUS_MEMBERS: ReadonlySet<string> = new Set(['status', 'statusCode']);
const CODE_MEMBER = 'code';
/** The one nested member that error envelopes put their status in (`{ error: { code: 404, message } }`). */
const ENVELOPE_MEMBER = 'error';

/** `JSON.stringify(body)` sends the body it is given. */
function unwrapSerialised(node: TSESTree.Node): TSESTree.Node {
  const expression = unwrapExpression(node);
  if (expression.type === AST.CallExpression && calleeName(expression.callee) === 'stringify' && expression.arguments[0]) {
    const callee = expression.callee;
    if (callee.type === AST.MemberExpression && callee.object.type === AST.Identifier && callee.object.name === 'JSON') {
      return unwrapExpression(expression.arguments[0]);
    }
  }
  return expression;
}

/** `body` in `body as T`, `body satisfies T`, `JSON.stringify(body)`: the expression that carries it. */
function carrier(object: TSESTree.ObjectExpression): TSESTree.Node {
  let node: TSESTree.Node = object;
  while (node.parent && (node.parent.type === AST.TSAsExpression || node.parent.type === AST.TSSatisfiesExpression)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === AST.CallExpression && parent.arguments[0] === node && unwrapSerialised(parent) === object) return parent;
  return node;
}

/** The call, assignment or return that may send `object` as its content. */
function senderOf(object: TSESTree.ObjectExpression): TSESTree.Node | undefined {
  const node = carrier(object);
  const parent = node.parent;
  if ((parent?.type === AST.CallExpression || parent?.type === AST.NewExpression) && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
    return parent;
  }
  if (parent?.type === AST.AssignmentExpression && parent.right === node) return parent;
  if (parent?.type === AST.ReturnStatement) return parent;
  return undefined;
}

/**
 * The body `object` is, with the status it is sent with: content of the status call itself
 * (`c.json(body, 400)`, `new Response(JSON.stringify(body), { status })`), or content sent
 * where a status is in force (`res.status(400).json(body)`, `ctx.status = 400; ctx.body = body`).
 */
export function visibleBody(object: TSESTree.ObjectExpression, model: StatusModel): VisibleBody | undefined {
  const sender = senderOf(object);
  if (!sender) return undefined;
  if (sender.type === AST.CallExpression || sender.type === AST.NewExpression) {
    const site = model.siteOf(sender);
    const sent = site && contentOfSite(site);
    if (site && sent) return unwrapSerialised(sent.argument) === object ? withCodes(object, site) : undefined;
  }
  const found = statusInForce(sender, model);
  if (found) return unwrapSerialised(found.content.content) === object ? withCodes(object, found.site) : undefined;
  const byDefault = sentWithDefaultStatus(sender, model);
  return byDefault && unwrapSerialised(byDefault.content) === object ? { object, codes: [DEFAULT_STATUS] } : undefined;
}

function withCodes(object: TSESTree.ObjectExpression, site: StatusSite): VisibleBody | undefined {
  const codes = siteCodes(site);
  return codes && { object, codes, site };
}

/** The codes a status site sets, when every one is known. */
function siteCodes(site: StatusSite): readonly number[] | undefined {
  const codes = site.values.map((value) => value.code);
  return codes.every((code): code is number => code !== undefined) && codes.length > 0 ? codes : undefined;
}

/** The number a member's value stands for: a literal, a constant, or a constants-library member. */
function numberOf(node: TSESTree.Node, model: StatusModel): number | undefined {
  const member = model.members.get(node);
  if (member) return member.code;
  const value = ASTUtils.getStaticValue(node, model.sourceCode.getScope(node));
  return typeof value?.value === 'number' ? value.value : undefined;
}

/** `status`, `statusCode`: any code in 100–599; `code`: only a registered one, as applications number their own errors too. */
function memberCode(key: string, value: TSESTree.Node, model: StatusModel): number | undefined {
  if (!STATUS_MEMBERS.has(key) && key !== CODE_MEMBER) return undefined;
  const code = numberOf(value, model);
  if (code === undefined || !isStatusCodeInRange(code)) return undefined;
  if (key === CODE_MEMBER && lookupStatus(code).kind !== 'known') return undefined;
  return code;
}

/** The members of a body that state a status, its `error` envelope's included. */
export function bodyStatuses(object: TSESTree.ObjectExpression, model: StatusModel, prefix = ''): BodyStatus[] {
  const found: BodyStatus[] = [];
  for (const property of object.properties) {
    if (property.type !== AST.Property || property.computed) continue;
    const key = propertyKeyName(property);
    if (key === undefined) continue;
    const value = unwrapExpression(property.value);
    if (!prefix && key === ENVELOPE_MEMBER && value.type === AST.ObjectExpression) {
      found.push(...bodyStatuses(value, model, `${ENVELOPE_MEMBER}.`));
      continue;
    }
    const code = memberCode(key, value, model);
    if (code !== undefined) found.push({ path: `${prefix}${key}`, code, node: property.value });
  }
  return found;
}

/** The member names of an object literal, or `undefined` when a spread may add any. */
export function memberNames(object: TSESTree.ObjectExpression): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  for (const property of object.properties) {
    if (property.type !== AST.Property) return undefined;
    const key = propertyKeyName(property);
    if (key === undefined) return undefined;
    names.add(key);
  }
  return names;
}

const CONTENT_TYPE = 'content-type';

/**
 * Whether the response of `site` sets a Content-Type: `set`, `missing`, or `unknown`. Headers
 * of an init object (`{ status: 400, headers }`) are read where they are built in sight.
 */
export function contentTypeState(site: StatusSite, model: StatusModel): 'set' | 'missing' | 'unknown' {
  const property = site.shape && 'headersProperty' in site.shape ? site.shape.headersProperty : undefined;
  if (property) return initHeadersState(site, property, model);
  const headers = headersOfResponse(site, model);
  if (!headers) return 'unknown';
  if (headers.names.has(CONTENT_TYPE)) return 'set';
  return headers.complete ? 'missing' : 'unknown';
}

function initHeadersState(site: StatusSite, property: string, model: StatusModel): 'set' | 'missing' | 'unknown' {
  const call = site.node;
  const index = site.shape?.statusArguments.find((argument) => argument.init)?.index;
  if ((call.type !== AST.CallExpression && call.type !== AST.NewExpression) || index === undefined) return 'unknown';
  const argument = call.arguments[index];
  const init = argument && unwrapExpression(argument);
  if (!init || init.type !== AST.ObjectExpression) return 'unknown';
  for (const member of init.properties) {
    if (member.type !== AST.Property) return 'unknown';
    if (propertyKeyName(member) !== property) continue;
    const names = builtHeaderNames(member.value, model.sourceCode);
    if (names === 'unknown') return 'unknown';
    return names.has(CONTENT_TYPE) ? 'set' : 'missing';
  }
  return 'missing';
}
