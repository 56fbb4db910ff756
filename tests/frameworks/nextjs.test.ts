/**
 * Next.js (the Fetch/Next.js row of shared/frameworks.md): `NextResponse.json(data, { status })`,
 * `new NextResponse(body, init)`, `NextResponse.redirect(url, n | init)` from `next/server`;
 * the API routes' `res`, and the redirects of `getServerSideProps` and `next.config.js`. The
 * init object's `status` key is a site of its own too; rules take the outer one.
 */
import { declareSiteTables } from '../helpers/front-ends';

const SERVER = "import { NextResponse, type NextRequest } from 'next/server';\n";

const FOUND = [
  ['NextResponse.json(data, { status })', 'route.ts', `${SERVER}export async function POST() { return NextResponse.json({ id: 1 }, { status: 201 }); }`, ['set nextjs 201', 'set response-object 201']],
  ['new NextResponse(null, { status })', 'route.ts', `${SERVER}export async function DELETE() { return new NextResponse(null, { status: 204 }); }`, ['set nextjs 204', 'set response-object 204']],
  [
    'NextResponse.redirect(url, n)',
    'middleware.ts',
    `${SERVER}export function middleware(request: NextRequest) { return NextResponse.redirect(new URL('/login', request.url), 307); }`,
    ['redirect nextjs 307'],
  ],
  [
    'NextResponse.redirect(url, init)',
    'middleware.ts',
    `${SERVER}export function middleware(request: NextRequest) { return NextResponse.redirect(new URL('/login', request.url), { status: 308 }); }`,
    ['redirect nextjs 308', 'set response-object 308'],
  ],
  [
    'an http-status-codes member',
    'route.js',
    "import { NextResponse } from 'next/server';\nimport { StatusCodes } from 'http-status-codes';\nexport async function GET() { return NextResponse.json({ error: 'x' }, { status: StatusCodes.NOT_FOUND }); }",
    ['set nextjs 404 (library StatusCodes.NOT_FOUND)', 'set response-object 404 (library StatusCodes.NOT_FOUND)'],
  ],
  [
    'NextResponse required',
    'route.cjs',
    "const { NextResponse } = require('next/server');\nmodule.exports.GET = () => NextResponse.json({ error: 'x' }, { status: 500 });",
    ['set nextjs 500', 'set response-object 500'],
  ],
  [
    'a const',
    'route.ts',
    `${SERVER}const UNAUTHORIZED = 401;\nexport async function GET() { return NextResponse.json({ error: 'x' }, { status: UNAUTHORIZED }); }`,
    ['set nextjs 401 (constant UNAUTHORIZED)', 'set response-object 401 (constant UNAUTHORIZED)'],
  ],
  ['the Fetch Response in a route handler', 'route.ts', 'export async function GET() { return Response.json({ ok: true }, { status: 200 }); }', ['set fetch 200', 'set response-object 200']],
  // Pages API routes answer through an Express-like `res`.
  [
    'an API route’s NextApiResponse of any name',
    'pages/api/users.ts',
    "import type { NextApiRequest, NextApiResponse } from 'next';\nexport default function handler(req: NextApiRequest, out: NextApiResponse) { out.status(405).end(); }",
    ['set express 405'],
  ],
  [
    'the redirect of getServerSideProps',
    'pages/index.ts',
    "export async function getServerSideProps() { return { redirect: { destination: '/', statusCode: 301 } }; }",
    ['set response-object 301'],
  ],
  [
    'a redirect rule of next.config.js',
    'next.config.js',
    "module.exports = { async redirects() { return [{ source: '/a', destination: '/b', statusCode: 301 }]; } };",
    ['set response-object 301'],
  ],
  // Not Next's: only the `status` key of the init is left.
  [
    'a NextResponse of the project’s own',
    'route.ts',
    "import { NextResponse } from './my-response';\nexport async function GET() { return NextResponse.json({ error: 'x' }, { status: 500 }); }",
    ['set response-object 500'],
  ],
] as const;

const NONE = [
  [
    'NextResponse.redirect(url): the default is not written',
    'middleware.ts',
    `${SERVER}export function middleware(request: NextRequest) { return NextResponse.redirect(new URL('/login', request.url)); }`,
  ],
  ['NextResponse.next()', 'middleware.ts', `${SERVER}export function middleware() { return NextResponse.next(); }`],
  ['a status field of the content', 'route.ts', `${SERVER}export async function GET() { return NextResponse.json({ status: 404 }); }`],
  ['redirect and notFound of next/navigation', 'page.tsx', "import { redirect, notFound } from 'next/navigation';\nexport default function Page() { if (!user) redirect('/login'); notFound(); }"],
  ['a redirect that is not permanent', 'pages/index.ts', "export async function getServerSideProps() { return { redirect: { destination: '/', permanent: false } }; }"],
] as const;

declareSiteTables({ found: FOUND, none: NONE });
