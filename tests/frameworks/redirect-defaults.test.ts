/**
 * The definitions' redirect defaults (`redirectDefaults`, `defaultRedirect` on redirect
 * helpers): which calls send a default status, and how each framework takes another, through
 * both front ends.
 */
import { describe, expect, it } from 'vitest';
import type { DefaultRedirectSite, StatusMatcher } from '../../src/frameworks/match';
import { FRONT_ENDS } from '../helpers/matcher';

function brief<N extends object>(site: DefaultRedirectSite<N>): string {
  const insert = site.redirect.insert;
  const how = !insert ? 'no fix' : 'argument' in insert ? `argument ${insert.argument}` : `assign ${insert.assign}`;
  return `${site.framework} ${site.redirect.status} ${how}`;
}

function collect<N extends object>(matcher: StatusMatcher<N>, nodes: Iterable<N>): string[] {
  return [...nodes].flatMap((node) => {
    const site = matcher.defaultRedirectOf(node);
    return site ? [brief(site)] : [];
  });
}

const CASES: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['Express', 'app.js', "app.post('/x', (req, res) => res.redirect('/y'));", ['express 302 argument 0']],
  ['Express in CommonJS', 'app.cjs', "const express = require('express');\nexpress().post('/x', (req, res) => res.redirect('back'));", ['express 302 argument 0']],
  ['Fastify', 'app.ts', "fastify.post('/x', async (request, reply) => reply.redirect('/y'));", ['fastify 302 argument 1']],
  ['Hono', 'app.ts', "import { Hono } from 'hono';\nnew Hono().post('/x', (c) => c.redirect('/y'));", ['hono 302 argument 1']],
  ['Koa', 'app.js', "router.post('/x', async (ctx) => { ctx.redirect('/y'); });", ['koa 302 assign status']],
  ['Fetch', 'app.js', "export const POST = () => Response.redirect('https://x.test/');", ['fetch 302 argument 1']],
  ['h3 sendRedirect', 'app.ts', "export default defineEventHandler((event) => sendRedirect(event, '/y'));", ['h3 302 argument 2']],
  ['NestJS', 'app.ts', "import { Post, Redirect } from '@nestjs/common';\nclass C {\n  @Post()\n  @Redirect('/y')\n  m() {}\n}", ['nestjs 302 argument 1']],
  ['React Router', 'app.ts', "import { redirect } from 'react-router';\nexport const action = () => redirect('/y');", ['react-router 302 argument 1']],
  ['Elysia', 'app.ts', "import { Elysia } from 'elysia';\nnew Elysia().post('/x', ({ redirect }) => redirect('/y'));", ['elysia 302 argument 1']],
  // A status given, as a number or a variable in its place; a helper with another default; no known receiver.
  ['status given', 'app.js', "app.post('/x', (req, res) => res.redirect(301, '/y'));\napp.post('/x', (c) => c.redirect('/y', status));", []],
  ['Next.js', 'app.ts', "import { NextResponse } from 'next/server';\nexport const POST = (r: Request) => NextResponse.redirect(new URL('/', r.url));", []],
  ['an unknown receiver', 'app.js', "router.redirect('/a', '/b');\nwindow.location.redirect('/x');", []],
];

describe('redirect defaults', () => {
  for (const frontEnd of FRONT_ENDS) {
    for (const [name, filename, code, expected] of CASES) {
      it(`${name} (${frontEnd.name})`, () => expect(frontEnd.ask(code, filename, collect)).toEqual(expected));
    }
  }
});
