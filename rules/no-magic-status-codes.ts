import { defineStatusLiteralVisitor, type ConstantsOption } from '../src/estree';
import type { SiteKind } from '../src/frameworks';
import { CONSTANTS_LIBRARIES, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';
import { isNameableStatus } from '../src/util/status-states';
import { planConstants, replacementAt, type ConstantsPlan } from './no-magic-status-codes/constants-plan';

export interface NoMagicStatusCodesOptions {
  ignore?: number[];
  comparisons?: boolean;
  assertions?: boolean;
  constants?: ConstantsOption;
}

export type Options = [NoMagicStatusCodesOptions];
export type MessageIds = 'magicStatus' | 'useStatusCodes';

const LIBRARY_IDS = CONSTANTS_LIBRARIES.map((library) => library.id);

function isCheckedKind(kind: SiteKind, options: NoMagicStatusCodesOptions): boolean {
  if (kind === 'compare') return options.comparisons !== false;
  if (kind === 'assert') return options.assertions === true;
  return true;
}

export default createRule<Options, MessageIds>({
  name: 'no-magic-status-codes',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow bare numbers where an HTTP status is set, compared or asserted',
      recommended: 'recommended',
      strictOptions: [{ assertions: true }],
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      magicStatus: 'Use a named constant for {{label}} instead of the number.',
      useStatusCodes: 'Write {{reference}}, imported from http-status-codes.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignore: {
            type: 'array',
            items: { type: 'integer' },
            uniqueItems: true,
            description: 'Status codes that may stay numbers (for example `[200]`).',
          },
          comparisons: {
            type: 'boolean',
            description: 'Also report numbers compared with a received status (`response.status === 404`).',
          },
          assertions: {
            type: 'boolean',
            description: 'Also report the expected status of test assertions (`.expect(200)`, `expect(res.status).toBe(201)`).',
          },
          constants: {
            description:
              'Where named constants come from when the file imports none: a known library, or `{ module, name, naming }` for a project object.',
            oneOf: [
              { type: 'string', enum: LIBRARY_IDS, description: 'A known constants library.' },
              {
                type: 'object',
                description: "A project's own constants object.",
                additionalProperties: false,
                required: ['module', 'name'],
                properties: {
                  module: { type: 'string', minLength: 1, description: 'The module specifier to import from.' },
                  name: { type: 'string', minLength: 1, description: 'The exported object that holds the constants.' },
                  naming: {
                    type: 'string',
                    enum: LIBRARY_IDS,
                    description: 'Which library the member names follow (default `http-status-codes`).',
                  },
                },
              },
            ],
          },
        },
      },
    ],
    defaultOptions: [{ ignore: [], comparisons: true, assertions: false }],
  },
  create(context, [options]) {
    const ignored = new Set(options.ignore ?? []);
    let plan: ConstantsPlan | undefined | null = null;
    return defineStatusLiteralVisitor(context, (value, site, model) => {
      if (value.source !== 'literal' || value.code === undefined) return;
      // Anything but a standard code is no-nonstandard-status-codes' to report, once.
      if (!isNameableStatus(value.code) || ignored.has(value.code) || !isCheckedKind(site.kind, options)) return;
      if (plan === null) plan = planConstants(model, options.constants, context);
      const replacement = plan ? replacementAt(model, plan, value.node, value.code, context.filename) : undefined;
      const suggested = plan?.as === 'suggestion' ? replacement : undefined;
      context.report({
        node: value.node,
        messageId: 'magicStatus',
        data: { label: statusLabel(value.code) },
        fix: plan?.as === 'fix' && replacement ? replacement.fix : null,
        ...(suggested && { suggest: [{ messageId: 'useStatusCodes', data: { reference: suggested.reference }, fix: suggested.fix }] }),
      });
    });
  },
});
