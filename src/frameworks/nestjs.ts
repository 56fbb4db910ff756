import { FIRST, SECOND, SERIALISED, defineFramework, moduleSource, redirects302 } from './define';

const NEST = ['@nestjs/common'];

/**
 * NestJS: controller methods answer with decorators and their return value. With `@Res()`
 * the method is handed the Express or Fastify response, whose own shapes then apply.
 */
export const NESTJS = defineFramework({
  id: 'nestjs',
  displayName: 'NestJS',
  modules: NEST,
  serverModules: NEST,
  bindings: [
    { kind: 'set', source: moduleSource(NEST, 'HttpCode'), invocation: 'call', statusArguments: FIRST },
    // `@Redirect(url)` answers 302.
    { kind: 'redirect', source: moduleSource(NEST, 'Redirect'), invocation: 'call', statusArguments: SECOND, defaultRedirect: redirects302(1) },
    // An object given as the first argument is the response body as it is; a string becomes `{ statusCode, message }`.
    { kind: 'error', source: moduleSource(NEST, 'HttpException'), invocation: 'construct', statusArguments: SECOND, content: SERIALISED },
  ],
  decorators: {
    methods: { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD', Options: 'OPTIONS', All: 'ALL' },
    status: 'HttpCode',
    header: 'Header',
    redirect: 'Redirect',
    // POST handlers answer 201 by default, every other method 200.
    createdByDefault: ['Post'],
  },
  bodiless: 'dropped',
});
