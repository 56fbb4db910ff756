import type { JSONSchema, TSESTree } from '@typescript-eslint/utils';
import { defineStatusLiteralVisitor, handlerOf, httpMethodOf, type StatusSite } from '../src/estree';
import type { SiteKind } from '../src/frameworks';
import { statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { RuleOptionError } from '../src/util/option-validation';
import { listOf } from '../src/util/list-text';
import { codeList, isNonstandard, type CodeEntry, type CodeList } from './allowed-status-codes/code-list';

export interface AllowedStatusCodesOptions {
  allow: CodeEntry[];
  byMethod?: Partial<Record<HttpMethod, CodeEntry[]>>;
  reportNonstandard?: boolean;
}

export type Options = [AllowedStatusCodesOptions];
export type MessageIds = 'notAllowed' | 'notAllowedForMethod';

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

/** Where the API chooses a status; comparisons and assertions only read one somebody else chose. */
const CHOSEN_KINDS: ReadonlySet<SiteKind> = new Set(['set', 'redirect', 'error', 'fallback']);

const CODE_ENTRY: JSONSchema.JSONSchema4 = {
  oneOf: [
    { type: 'integer', minimum: 100, maximum: 599, description: 'A status code.' },
    { type: 'string', pattern: '^[1-5]xx$', description: 'A whole class: `"2xx"`.' },
  ],
};

const CODE_ENTRIES: JSONSchema.JSONSchema4ArraySchema = { type: 'array', items: CODE_ENTRY, minItems: 1, uniqueItems: true };

/**
 * The options `configs.all` sets. An API sends the codes of RFC 9110 §15 and those other RFCs
 * added for every API (RFC 6585: 428, 429, 431, 511; RFC 8297: 103); WebDAV's codes, 226, 425
 * and 451 are reported until a project lists them. Codes that no-nonstandard-status-codes
 * already reports (also in `all`) are left to it.
 */
const ALL_CONFIG_OPTIONS: AllowedStatusCodesOptions = {
  allow: [
    100, 101, 103, 200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410,
    411, 412, 413, 414, 415, 416, 417, 421, 422, 426, 428, 429, 431, 500, 501, 502, 503, 504, 505, 511,
  ],
  reportNonstandard: false,
};

function allowedText(list: CodeList, code: number): string {
  const same = list.sameClass(code);
  const digit = String(code)[0];
  if (same.length === 0) return `it sends no ${digit}xx code`;
  return `its ${digit}xx ${same.length === 1 ? 'code is' : 'codes are'} ${listOf(same)}`;
}

export default createRule<Options, MessageIds>({
  name: 'allowed-status-codes',
  // eslint-disable-next-line eslint-plugin/require-meta-default-options -- `allow` is the API's own list and has no default; Oxlint checks defaults against the schema, which requires it.
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce the set of status codes an API documents, optionally per HTTP method',
      allOptions: [ALL_CONFIG_OPTIONS],
    },
    messages: {
      notAllowed: '{{label}} is not among the status codes this API sends: {{allowed}}.',
      notAllowedForMethod: '{{label}} is not among the status codes this API sends from {{method}} handlers: {{allowed}}.',
    },
    // No options at all become `{}` (ajv's `useDefaults`), so that the error is `required`'s, which names `allow`.
    schema: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: [
        {
          default: {},
          type: 'object',
          additionalProperties: false,
          required: ['allow'],
          properties: {
            allow: { ...CODE_ENTRIES, description: 'The codes the API may send: numbers, and classes written `"2xx"`.' },
            byMethod: {
              type: 'object',
              additionalProperties: false,
              properties: Object.fromEntries(HTTP_METHODS.map((method) => [method, { ...CODE_ENTRIES, description: `The codes of ${method} handlers.` }])),
              description: 'Per HTTP method, the codes its handlers may send, in place of `allow`, where the handler\'s method is known.',
            },
            reportNonstandard: {
              type: 'boolean',
              description: 'Also report codes outside the lists that no-nonstandard-status-codes reports (418, 499, 600); `false` leaves them to it.',
            },
          },
        },
      ],
    },
  },
  create(context, [options]) {
    // ESLint's schema check catches a missing list; hosts that do not validate options (Oxlint) get here.
    if (!Array.isArray(options?.allow)) {
      throw new RuleOptionError('http-status/allowed-status-codes: option "allow" is required: list the status codes the API may send, such as ["2xx", 400, 404].');
    }
    const general = codeList(options.allow);
    const byMethod = new Map(Object.entries(options.byMethod ?? {}).map(([method, entries]) => [method, codeList(entries ?? [])]));
    const reportNonstandard = options.reportNonstandard !== false;
    const reported = new Set<TSESTree.Node>();
    const everyListAllows = (code: number) => general.allows(code) && [...byMethod.values()].every((list) => list.allows(code));

    const methodList = (site: StatusSite): { method: string; list: CodeList } | undefined => {
      if (byMethod.size === 0) return undefined;
      const fn = handlerOf(site.node);
      const method = fn && httpMethodOf(fn, site.node);
      const list = method === undefined ? undefined : byMethod.get(method);
      return list && method !== undefined ? { method, list } : undefined;
    };

    return defineStatusLiteralVisitor(
      context,
      (value, site) => {
        const code = value.code;
        if (code === undefined || !CHOSEN_KINDS.has(site.kind) || reported.has(value.node)) return;
        if (!reportNonstandard && isNonstandard(code)) return;
        const scoped = methodList(site);
        const list = scoped?.list ?? general;
        if (list.allows(code)) return;
        reported.add(value.node);
        context.report({
          node: value.node,
          messageId: scoped ? 'notAllowedForMethod' : 'notAllowed',
          data: { label: statusLabel(code), method: scoped?.method ?? '', allowed: allowedText(list, code) },
        });
      },
      // Numbers left to no-nonstandard-status-codes (most of them: 0, 1, 1000) are not looked up at all.
      { codes: (code) => !everyListAllows(code) && (reportNonstandard || !isNonstandard(code)), followConstants: true, librarySites: true },
    );
  },
});
