/**
 * The ESTree adapter as the rules see it: the only module of `src/estree` a rule imports
 * (with `./ast` for the node types). What is not exported here is the adapter's own.
 */

// The status model: every status site of a file, recognised once and shared by the rules.
export { getStatusModel, StatusModel, type StatusSite } from './status-model';
export type { StatusValue, ValueSource } from './values';
export type { LibraryMember } from './bindings';
export type { ModuleImport } from './file-imports';
export { defineStatusLiteralVisitor, type LiteralVisitorOptions, type StatusValueHandler } from './visitor';

// The response flow: the questions rules ask about one response.
export {
  contentOfSite,
  headersOfResponse,
  responseSetsHeader,
  sentWithDefaultStatus,
  statusInForce,
  type ContentOfSite,
  type ContentUnderStatus,
  type ResponseHeaders,
} from './response-flow';
export { carriedHeaderState, responseHeaderState, type HeaderState } from './carried-headers';
export { defaultRedirectOf, type DefaultRedirectSite } from './redirects';
export type { ContentEvent, ResponseEvent, StatusEvent } from './response-events';
export { isEmptyContent, isVisibleContent, typeSaysValue } from './visible-content';

// The handler: which function answers, for which HTTP method, with what it declares.
export { declaredStatuses, handlerOf, httpMethodOf, nestDecorators, usesRawResponse, type FunctionNode } from './handler';
export { builtHeaderNames } from './headers';
export { handlerNames } from './handler-names';
export { chainRoot, receiverRoles } from './receivers';

// Writing a status in the file's own style.
export {
  constantsSourceFromOption,
  importedConstantsSource,
  librarySource,
  planConstantStyle,
  statusReplacementText,
  statusTextAt,
  type ConstantsOption,
  type ConstantsSource,
  type ConstantStyle,
  type ImportMode,
} from './constant-style';

// Syntax helpers.
export { calleeName, enclosingFunction, isFunctionNode, lastName, memberName, methodCall, propertyKeyName, unwrapExpression } from './nodes';
