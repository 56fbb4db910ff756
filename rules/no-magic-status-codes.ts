import type { TSESLint } from '@typescript-eslint/utils';
import { defineStatusLiteralVisitor, type StatusModel } from '../src/estree';
import {
  constantsSourceFromOption,
  importedConstantsSource,
  planConstantStyle,
  type ConstantStyle,
  type ConstantsOption,
  type ConstantsSource,
} from '../src/estree/constant-style';
import type { SiteKind } from '../src/frameworks';
import { CONSTANTS_LIBRARIES, statusLabel } from '../src/registry';
import { createRule } from '../src/util/create-rule';

export interface NoMagicStatusCodesOptions {
  ignore?: number[];
  comparisons?: boolean;
  assertions?: boolean;
  constants?: ConstantsOption;
}

export type Options = [NoMagicStatusCodesOptions];
export type MessageIds = 'magicStatus';

const LIBRARY_IDS = CONSTANTS_LIBRARIES.map((library) => library.id);

function isCheckedKind(kind: SiteKind, options: NoMagicStatusCodesOptions): boolean {
  if (kind === 'compare') return options.comparisons !== false;
  if (kind === 'assert') return options.assertions === true;
  return true;
}

interface FixPlan {
  readonly source: ConstantsSource;
  readonly style: ConstantStyle;
}

/** Which constants the file's fixes write, and how; `undefined` when no fix is safe. */
function planFixes(model: StatusModel, option: ConstantsOption | undefined): FixPlan | undefined {
  const source = option ? constantsSourceFromOption(option) : importedConstantsSource(model);
  const style = source ? planConstantStyle(model, source, option !== undefined) : undefined;
  return source && style ? { source, style } : undefined;
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
    messages: {
      magicStatus: 'Use a named constant for {{label}} instead of the number.',
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
    let plan: FixPlan | undefined | null = null;
    return defineStatusLiteralVisitor(context, (value, site, model) => {
      if (value.source !== 'literal' || value.code === undefined) return;
      if (ignored.has(value.code) || !isCheckedKind(site.kind, options)) return;
      if (plan === null) plan = planFixes(model, options.constants);
      const member = plan?.source.members[value.code];
      const style = plan?.style;
      const fix =
        style && member !== undefined
          ? (fixer: TSESLint.RuleFixer) => [
              fixer.replaceText(value.node, style.reference(member)),
              ...(style.addImport ? [style.addImport(fixer)] : []),
            ]
          : null;
      context.report({
        node: value.node,
        messageId: 'magicStatus',
        data: { label: statusLabel(value.code) },
        fix,
      });
    });
  },
});
