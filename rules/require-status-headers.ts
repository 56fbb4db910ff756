import type { JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import {
  defineStatusLiteralVisitor,
  getStatusModel,
  handlerNames,
  handlerOf,
  responseHeaderState,
  type StatusModel,
  type StatusSite,
} from '../src/estree';
import { codeMentionPattern, formatReference, mandatoryHeaderRequirements, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';

export interface RequireStatusHeadersOptions {
  headers?: Record<string, string[]>;
  ignore?: string[];
}

export type Options = [RequireStatusHeadersOptions];
export type MessageIds = 'missingRequiredHeader' | 'missingConfiguredHeader';

/** A header a response with some code must set, and who asks for it: a spec section, or the project. */
interface Requirement {
  readonly header: string;
  /** `RFC 9110 §15.5.2`; absent for a requirement of the `headers` option. */
  readonly reference?: string;
}

/** The spec's MUSTs per code, then the project's own, a header named by both kept once (the spec's). */
function requirementsByCode(configured: Readonly<Record<string, readonly string[]>>): ReadonlyMap<number, readonly Requirement[]> {
  const byCode = new Map<number, Requirement[]>();
  for (const [code, requirements] of mandatoryHeaderRequirements()) {
    byCode.set(code, requirements.map((requirement) => ({ header: requirement.header, reference: formatReference(requirement.reference) })));
  }
  for (const [key, headers] of Object.entries(configured)) {
    const code = Number(key);
    const requirements = byCode.get(code) ?? [];
    for (const header of headers) {
      if (!requirements.some((requirement) => requirement.header.toLowerCase() === header.toLowerCase())) requirements.push({ header });
    }
    byCode.set(code, requirements);
  }
  return byCode;
}

/** Sites that give a response its status: set on it, or an error that carries its own headers to it. */
function answersResponse(site: StatusSite): boolean {
  return site.kind === 'set' || (site.kind === 'error' && site.shape?.errorHeaders !== undefined);
}

function missingHeaders(site: StatusSite, requirements: readonly Requirement[], model: StatusModel): Requirement[] {
  return requirements.filter((requirement) => responseHeaderState(site, requirement.header, model) === 'missing');
}

export default createRule<Options, MessageIds>({
  name: 'require-status-headers',
  patternOptions: ['ignore'],
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the headers a status code needs on the same response',
      recommended: 'recommended',
    },
    messages: {
      missingRequiredHeader:
        'A {{label}} response must carry the {{header}} header ({{reference}}), but this one never sets it: set {{header}} on the same response.',
      missingConfiguredHeader:
        'This project requires the {{header}} header with {{label}} (option `headers`), but this response never sets it: set {{header}} on the same response.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          headers: {
            type: 'object',
            description: 'More headers to require, by status code (`{ "202": ["Location"], "429": ["Retry-After"] }`), on top of those RFC 9110 requires.',
            // Draft 6's `propertyNames`, which ESLint's Ajv checks, names a bad key in its error; draft 4's types lack it.
            ...({ propertyNames: { pattern: '^[1-5][0-9][0-9]$' } } as Partial<JSONSchema4ObjectSchema>),
            additionalProperties: {
              type: 'array',
              items: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$' },
              uniqueItems: true,
            },
          },
          ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Regular expressions for route paths or function names to skip.',
          },
        },
      },
    ],
    defaultOptions: [{ headers: {}, ignore: [] }],
  },
  create(context, [options]) {
    const requirements = requirementsByCode(options.headers ?? {});
    if (!getStatusModel(context).mentions(codeMentionPattern(requirements.keys()))) return {};
    const ignore = (options.ignore ?? []).map((pattern) => new RegExp(pattern, 'u'));
    const isIgnored = (site: StatusSite) => handlerNames(handlerOf(site.node)).some((name) => ignore.some((pattern) => pattern.test(name)));

    return defineStatusLiteralVisitor(
      context,
      (value, site, model) => {
        const code = value.code;
        const wanted = code === undefined ? undefined : requirements.get(code);
        if (code === undefined || !wanted || !answersResponse(site) || isIgnored(site)) return;
        for (const requirement of missingHeaders(site, wanted, model)) {
          const data = { label: statusLabel(code), header: requirement.header };
          context.report({
            node: value.node,
            ...(requirement.reference === undefined
              ? { messageId: 'missingConfiguredHeader', data }
              : { messageId: 'missingRequiredHeader', data: { ...data, reference: requirement.reference } }),
          });
        }
      },
      { codes: (code) => requirements.has(code), followConstants: true, librarySites: true },
    );
  },
});
