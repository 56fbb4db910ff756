/**
 * NestJS (the `nestjs` row of shared/frameworks.md): `@HttpCode(n)`, `@Redirect(url, n)` and
 * `new HttpException(body, n)` from `@nestjs/common`, with its `HttpStatus`; with `@Res()` the
 * Express shapes apply.
 */
import { describe, expect, it } from 'vitest';
import { declareSiteTables } from '../helpers/front-ends';
import { responseFactsOf } from '../helpers/response-facts';

function controller(imports: string, members: string): string {
  return `import { Controller, ${imports} } from '@nestjs/common';\n@Controller('users')\nexport class UsersController {\n${members}\n}`;
}

const FOUND = [
  ['@HttpCode(n)', 'users.controller.ts', controller('Delete, HttpCode', "  @Delete(':id')\n  @HttpCode(204)\n  remove() {}"), ['set nestjs 204']],
  [
    '@HttpCode(HttpStatus.X)',
    'users.controller.ts',
    controller('Post, HttpCode, HttpStatus', '  @Post()\n  @HttpCode(HttpStatus.ACCEPTED)\n  create() {}'),
    ['set nestjs 202 (library HttpStatus.ACCEPTED)'],
  ],
  ['@Redirect(url, n)', 'users.controller.ts', controller('Get, Redirect', "  @Get('docs')\n  @Redirect('https://docs.nestjs.com', 301)\n  docs() {}"), ['redirect nestjs 301']],
  [
    'new HttpException(message, HttpStatus.X)',
    'users.service.ts',
    "import { HttpException, HttpStatus } from '@nestjs/common';\nexport function forbid() { throw new HttpException('Forbidden', HttpStatus.FORBIDDEN); }",
    ['error nestjs 403 (library HttpStatus.FORBIDDEN)'],
  ],
  [
    'new HttpException(message, a const)',
    'users.service.ts',
    "import { HttpException } from '@nestjs/common';\nconst TEAPOT = 418;\nexport function brew() { throw new HttpException('No coffee', TEAPOT); }",
    ['error nestjs 418 (constant TEAPOT)'],
  ],
  [
    'HttpException in plain JavaScript',
    'users.service.js',
    "import { HttpException, HttpStatus } from '@nestjs/common';\nexport function gone() { throw new HttpException('Gone', HttpStatus.GONE); }",
    ['error nestjs 410 (library HttpStatus.GONE)'],
  ],
  [
    'HttpException required',
    'users.service.cjs',
    "const { HttpException } = require('@nestjs/common');\nmodule.exports.gone = () => { throw new HttpException('Gone', 410); };",
    ['error nestjs 410'],
  ],
  [
    'HttpException through the module object',
    'users.service.cjs',
    "const common = require('@nestjs/common');\nmodule.exports.gone = () => { throw new common.HttpException('Gone', common.HttpStatus.GONE); };",
    ['error nestjs 410 (library common.HttpStatus.GONE)'],
  ],
  [
    'the Express response under @Res()',
    'users.controller.ts',
    `import type { Response } from 'express';\n${controller('Post, Res', '  @Post()\n  create(@Res() res: Response) { res.status(201).json({}); }')}`,
    ['set express 201'],
  ],
  // Without the import, an `…Exception` class given a status is a project's error class.
  ['HttpException not imported', 'users.controller.ts', controller('Get', "  @Get() find() { throw new HttpException('x', 400); }"), ['error error-object 400']],
  [
    'a status field of the exception’s body',
    'users.service.ts',
    "import { HttpException } from '@nestjs/common';\nexport function forbid() { throw new HttpException({ status: 403, error: 'x' }, 403); }",
    ['error nestjs 403'],
  ],
] as const;

const NONE = [
  ['@Redirect(url): the default is not written', 'users.controller.ts', controller('Get, Redirect', "  @Get('docs')\n  @Redirect('https://docs.nestjs.com')\n  docs() {}")],
  [
    'built-in exceptions, which carry their status in their name',
    'users.service.ts',
    "import { BadRequestException, NotFoundException } from '@nestjs/common';\nexport function check(user) { if (!user) throw new NotFoundException('User not found'); throw new BadRequestException('Invalid', { cause: err }); }",
  ],
  ['@Header(name, value)', 'users.controller.ts', controller('Get, Header', "  @Get() @Header('Cache-Control', 'max-age=500') find() { return []; }")],
  ['numbers of a query default and a query', 'users.controller.ts', controller('Get, Query', "  @Get() find(@Query('limit') limit = 500) { return this.service.find({ take: 200 }); }")],
  ['a local HttpCode decorator', 'users.controller.ts', 'function HttpCode(code: number) { return () => {}; }\nexport class C {\n  @HttpCode(204) remove() {}\n}'],
  ['an HttpCode imported from elsewhere', 'users.controller.ts', "import { HttpCode } from './decorators';\nexport class C {\n  @HttpCode(204) remove() {}\n}"],
] as const;



declareSiteTables({ found: FOUND, none: NONE });

describe('the body of an HttpException', () => {
  it('is its first argument', () => {
    const code = "import { HttpException } from '@nestjs/common';\nthrow new HttpException({ status: 403, error: 'No access' }, 403);";
    expect(responseFactsOf(code, 'users.service.ts').content).toBe("{ status: 403, error: 'No access' }");
  });
});
