import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ASSERTION_MATCHERS,
  ASSERT_FUNCTIONS,
  ASSIGNMENT_SHAPES,
  BINDING_SHAPES,
  BODILESS_BEHAVIOUR,
  BODY_RETURNING_HANDLER_DEFINERS,
  CALL_MATCHERS,
  CALL_NAMES_OF_INTEREST,
  CONTENT_METHOD_SHAPES,
  CONTENT_PROPERTIES,
  CREATED_BY_DEFAULT_DECORATORS,
  DEFINITIONS,
  FASTIFY_MODULES,
  FRAMEWORKS,
  HANDLER_REGISTRATIONS,
  HEADER_FUNCTIONS,
  HEADER_METHOD_SHAPES,
  HONO_MODULES,
  METHOD_SHAPES,
  RECEIVER_MEMBERS,
  RECEIVER_NAME_PATTERNS,
  RECEIVER_TYPE_PATTERNS,
  REDIRECT_METHODS,
  ROLE_FRAMEWORKS,
  SEND_METHODS,
  SERVER_MODULES,
  SITE_HINT,
  emptyResponse,
  frameworkDefinition,
  frameworkDisplayName,
  type BindingShape,
  type DefinedFrameworkId,
  type FrameworkDefinition,
  type FrameworkId,
  type ReceiverRole,
  type SiteKind,
} from '../../src/frameworks';

/** Roles that shapes, registrations, members and content properties name. */
function rolesNamed(): Set<ReceiverRole> {
  const roles = new Set<ReceiverRole>();
  for (const shape of [...METHOD_SHAPES, ...ASSIGNMENT_SHAPES, ...CONTENT_METHOD_SHAPES, ...HEADER_METHOD_SHAPES]) for (const role of shape.receivers) roles.add(role);
  for (const registration of HANDLER_REGISTRATIONS) for (const role of registration.parameterRoles) if (role) roles.add(role);
  for (const role of Object.values(RECEIVER_MEMBERS)) roles.add(role);
  for (const list of Object.values(CONTENT_PROPERTIES)) for (const role of list) roles.add(role);
  return roles;
}

/** The shape tables derived from one field of the definitions each. */
const SHAPE_TABLES = [
  ['METHOD_SHAPES', METHOD_SHAPES, 'methods'],
  ['ASSIGNMENT_SHAPES', ASSIGNMENT_SHAPES, 'assignments'],
  ['BINDING_SHAPES', BINDING_SHAPES, 'bindings'],
  ['CONTENT_METHOD_SHAPES', CONTENT_METHOD_SHAPES, 'contentMethods'],
  ['HEADER_METHOD_SHAPES', HEADER_METHOD_SHAPES, 'headerMethods'],
  ['HANDLER_REGISTRATIONS', HANDLER_REGISTRATIONS, 'handlerRegistrations'],
] as const satisfies readonly (readonly [string, readonly { readonly framework: FrameworkId }[], keyof FrameworkDefinition])[];

function definitionsWith<Key extends keyof FrameworkDefinition>(key: Key): FrameworkDefinition[] {
  return DEFINITIONS.filter((definition) => definition[key] !== undefined);
}

function listed(key: keyof FrameworkDefinition): unknown[] {
  return DEFINITIONS.flatMap((definition) => (definition[key] as readonly unknown[] | undefined) ?? []);
}

describe('framework definitions', () => {
  it('have unique ids, which are exactly FrameworkId and FRAMEWORKS, in priority order', () => {
    expectTypeOf<DefinedFrameworkId>().toEqualTypeOf<FrameworkId>();
    const ids = DEFINITIONS.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(FRAMEWORKS).toEqual(ids);
    for (const id of ids) expect(frameworkDefinition(id).id).toBe(id);
  });

  it('each have a display name of their own', () => {
    const names = DEFINITIONS.map((definition) => definition.displayName);
    for (const name of names) expect(name.trim()).not.toBe('');
    expect(new Set(names).size).toBe(names.length);
    // The names messages have always used.
    const named: readonly FrameworkId[] = ['express', 'node-http', 'fastify', 'nestjs', 'koa', 'hono', 'fetch', 'nextjs', 'sveltekit', 'react-router', 'h3'];
    expect(Object.fromEntries(named.map((id) => [id, frameworkDisplayName(id)]))).toEqual({
      express: 'Express',
      'node-http': 'node:http',
      fastify: 'Fastify',
      nestjs: 'NestJS',
      koa: 'Koa',
      hono: 'Hono',
      fetch: 'the Fetch Response constructor',
      nextjs: 'Next.js',
      sveltekit: 'SvelteKit',
      'react-router': 'React Router',
      h3: 'h3',
    });
  });

  it.each(SHAPE_TABLES)('derive every entry of %s from a definition, marked with its id', (_name, table, key) => {
    expect(table).toHaveLength(listed(key).length);
    for (const { framework, ...shape } of table) {
      expect(frameworkDefinition(framework)[key], `${framework} ${JSON.stringify(shape)}`).toContainEqual(shape);
    }
  });

  it('derive the receiver tables from the one definition that defines each role', () => {
    const receivers = DEFINITIONS.flatMap((definition) => (definition.receivers ?? []).map((receiver) => ({ ...receiver, id: definition.id })));
    const roles = receivers.map((receiver) => receiver.role);
    expect(new Set(roles).size).toBe(roles.length);
    for (const role of rolesNamed()) expect(roles, `a definition defines ${role}`).toContain(role);
    for (const receiver of receivers) {
      expect(ROLE_FRAMEWORKS[receiver.role]).toBe(receiver.id);
      expect(RECEIVER_NAME_PATTERNS[receiver.role]).toBe(receiver.namePattern);
      expect(RECEIVER_TYPE_PATTERNS[receiver.role]).toBe(receiver.typePattern);
    }
    expect(Object.keys(RECEIVER_NAME_PATTERNS).sort()).toEqual([...roles].sort());
  });

  it('derive the tables keyed by name without two definitions disagreeing on a name', () => {
    for (const [table, key] of [
      [RECEIVER_MEMBERS, 'receiverMembers'],
      [HEADER_FUNCTIONS, 'headerFunctions'],
    ] as const) {
      const entries = definitionsWith(key).flatMap((definition) => Object.entries(definition[key] ?? {}));
      for (const [name, value] of entries) expect(table[name], name).toEqual(value);
      expect(Object.keys(table).sort()).toEqual([...new Set(entries.map(([name]) => name))].sort());
    }
    for (const definition of definitionsWith('contentProperties')) {
      for (const [property, roles] of Object.entries(definition.contentProperties ?? {})) {
        for (const role of roles) expect(CONTENT_PROPERTIES[property]).toContain(role);
      }
    }
  });

  it('derive the word lists from the definitions and nothing else', () => {
    expect(new Set(SERVER_MODULES)).toEqual(new Set(listed('serverModules')));
    expect(new Set(REDIRECT_METHODS)).toEqual(new Set(listed('redirectMethods')));
    expect(SEND_METHODS).toEqual(new Set(listed('responseMethods')));
    expect(BODY_RETURNING_HANDLER_DEFINERS).toEqual(new Set(listed('bodyReturningHandlerDefiners')));
    expect(HONO_MODULES).toBe(frameworkDefinition('hono').modules);
    expect(FASTIFY_MODULES).toBe(frameworkDefinition('fastify').modules);
    const assertions = definitionsWith('assertions').map((definition) => definition.assertions!);
    expect(new Set(ASSERTION_MATCHERS)).toEqual(new Set(assertions.flatMap((vocabulary) => [...vocabulary.matchers, ...vocabulary.callMatchers])));
    expect(new Set(ASSERT_FUNCTIONS)).toEqual(new Set(assertions.flatMap((vocabulary) => vocabulary.assertFunctions)));
    expect(CALL_MATCHERS).toEqual(new Set(assertions.flatMap((vocabulary) => vocabulary.callMatchers)));
    expect(BODILESS_BEHAVIOUR).toEqual(Object.fromEntries(definitionsWith('bodiless').map((definition) => [definition.id, definition.bodiless])));
    expect(CREATED_BY_DEFAULT_DECORATORS).toEqual(new Set(definitionsWith('decorators').flatMap((definition) => definition.decorators!.createdByDefault)));
  });

  it('restrict handler registrations to modules of their own definition', () => {
    for (const registration of HANDLER_REGISTRATIONS) {
      for (const module of registration.modules ?? []) expect(frameworkDefinition(registration.framework).modules).toContain(module);
    }
  });

  it('try restricted handler registrations before generic ones: a Fastify route before an Express one', () => {
    const routeOwners = HANDLER_REGISTRATIONS.filter((registration) => registration.methods.includes('get')).map((registration) => registration.framework);
    expect(routeOwners.indexOf('fastify')).toBeLessThan(routeOwners.indexOf('express'));
    const errorHandler = HANDLER_REGISTRATIONS.findIndex((registration) => registration.arity === 4);
    const plainUse = HANDLER_REGISTRATIONS.findIndex((registration) => registration.methods.includes('use') && registration.arity === undefined);
    expect(errorHandler).toBeLessThan(plainUse);
  });

  it('give no called name two kinds of status site unless meant to', () => {
    /** Names that are meant to stand for different kinds of site, by kind; none today. */
    const INTENDED: Readonly<Record<string, readonly SiteKind[]>> = {};
    const kinds = new Map<string, Set<SiteKind>>();
    const add = (name: string, kind: SiteKind) => kinds.set(name, new Set([...(kinds.get(name) ?? []), kind]));
    for (const shape of METHOD_SHAPES) add(shape.method, shape.kind);
    for (const shape of BINDING_SHAPES) for (const name of calledNames(shape)) add(name, shape.kind);
    for (const [name, found] of kinds) {
      if (found.size > 1) expect([...found].sort(), name).toEqual([...(INTENDED[name] ?? [])].sort());
    }
  });

  it('send nothing with a method the response model knows, or with a constructor', () => {
    const contentMethods = new Set(CONTENT_METHOD_SHAPES.map((shape) => shape.method));
    for (const id of FRAMEWORKS) {
      const empty = emptyResponse(id);
      if (!empty) continue;
      if ('call' in empty) expect(contentMethods, id).toContain(empty.call);
      else if (empty.rewriteTo === 'method') expect(frameworkDefinition(id).contentMethods?.map((shape) => shape.method), id).toContain(empty.method);
    }
    expect(emptyResponse('express')).toEqual({ call: 'end' });
    expect(emptyResponse('fastify')).toEqual({ call: 'send' });
    expect(emptyResponse('hono')).toEqual({ rewriteTo: 'method', method: 'body' });
    expect(emptyResponse('fetch')).toEqual({ rewriteTo: 'construct' });
    expect(emptyResponse('nextjs')).toEqual({ rewriteTo: 'construct' });
    expect(emptyResponse('sveltekit')).toBeUndefined();
  });

  it('keep NestJS decorators and the header bags of answered objects in their definitions', () => {
    const nest = frameworkDefinition('nestjs').decorators;
    expect(nest?.createdByDefault).toEqual(['Post']);
    expect(nest?.methods.Post).toBe('POST');
    expect(frameworkDefinition('response-object').headerBagProperties).toEqual(['headers', 'multiValueHeaders']);
  });

  it('list every method shape, assertion and fallback among the call names of interest', () => {
    for (const shape of METHOD_SHAPES) expect(CALL_NAMES_OF_INTEREST).toContain(shape.method);
    for (const name of [...ASSERTION_MATCHERS, ...ASSERT_FUNCTIONS, 'is', 'expect', 'toHaveProperty', 'includes', 'toHaveBeenNthCalledWith', 'toContain', 'oneOf', 'defaultTo']) {
      expect(CALL_NAMES_OF_INTEREST).toContain(name);
    }
  });
});

/** The names a binding is called by in user code: its path, or its conventional local name for a default export. */
function calledNames(shape: BindingShape): string[] {
  const path = shape.source.path.filter((name) => name !== 'default');
  return [...(path.length > 0 ? [path[path.length - 1]!] : []), ...(shape.localName ? [shape.localName] : [])];
}

/** A call of the binding as user code writes it, with an argument that is no status word. */
function bindingSample(shape: BindingShape): string[] {
  const path = shape.source.path[0] === 'default' ? [shape.localName ?? ''] : shape.source.path;
  const callee = path.join('.');
  return shape.invocation === 'call' ? [`${callee}(x)`] : shape.invocation === 'construct' ? [`new ${callee}(x)`] : [`${callee}(x)`, `new ${callee}(x)`];
}

describe('SITE_HINT', () => {
  it.each(METHOD_SHAPES.map((shape) => [`x.${shape.method}(1)`]))('matches a call of a method shape: %s', (sample) => {
    expect(sample).toMatch(SITE_HINT);
  });

  it.each(BINDING_SHAPES.flatMap(bindingSample).map((sample) => [sample]))('matches a use of a binding shape: %s', (sample) => {
    expect(sample).toMatch(SITE_HINT);
  });

  it.each([...ASSERTION_MATCHERS, ...ASSERT_FUNCTIONS].map((name) => [`x.${name}(1)`]))('matches an assertion: %s', (sample) => {
    expect(sample).toMatch(SITE_HINT);
  });

  it.each(['x.should.eq(1)', 'new AppError(m, 1)', 'StatusCodes.OK', "require('http-status')", 'if (httpCode) {}'])('matches %s', (sample) => {
    expect(sample).toMatch(SITE_HINT);
  });

  it('skips text without a status word', () => {
    expect('const port = 3000;\nsetTimeout(run, 500);\nitems.slice(0, 200);').not.toMatch(SITE_HINT);
  });
});
