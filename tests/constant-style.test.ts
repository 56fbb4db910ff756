import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { defineStatusLiteralVisitor, statusReplacementText } from '../src/estree';

/** What `statusReplacementText` writes for `code` in place of each status value of `source`. */
function replacements(source: string, code: number): (string | undefined)[] {
  const written: (string | undefined)[] = [];
  const probe: TSESLint.RuleModule<never, []> = {
    defaultOptions: [],
    meta: { type: 'problem', messages: {}, schema: [] },
    create: (context) =>
      defineStatusLiteralVisitor(context, (value, _site, model) => written.push(statusReplacementText(model, value, code)), { librarySites: true }),
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(source, [{ plugins: { probe: { rules: { probe } } } as never, rules: { 'probe/probe': 'error' } }], 'file.js');
  expect(messages).toEqual([]);
  return written;
}

describe('statusReplacementText, which other rules use for their suggestions', () => {
  const WITH_LIBRARY = "import { StatusCodes } from 'http-status-codes';\n";

  it('writes the member of the library the value uses, or the file imports', () => {
    expect(replacements(`${WITH_LIBRARY}res.status(StatusCodes.INTERNAL_SERVER_ERROR);`, 400)).toEqual(['StatusCodes.BAD_REQUEST']);
    expect(replacements(`${WITH_LIBRARY}res.status(500);`, 422)).toEqual(['StatusCodes.UNPROCESSABLE_ENTITY']);
    expect(replacements('res.status(500);', 400)).toEqual(['400']);
  });

  it.each([418, 306, 305, 420, 444, 299, 999])('writes %i as the number, never as a constant', (code) => {
    expect(replacements(`${WITH_LIBRARY}res.status(StatusCodes.INTERNAL_SERVER_ERROR);`, code)).toEqual([String(code)]);
    expect(replacements(`${WITH_LIBRARY}res.status(500);`, code)).toEqual([String(code)]);
    expect(replacements("import httpStatus from 'http-status';\nres.status(httpStatus.OK);", code)).toEqual([String(code)]);
  });

  it('writes the number where the file’s binding is shadowed', () => {
    expect(replacements(`${WITH_LIBRARY}function send(StatusCodes, res) { res.status(500); }`, 400)).toEqual(['400']);
  });
});
