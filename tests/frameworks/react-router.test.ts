/**
 * React Router 7 / Remix (the `react-router` row of shared/frameworks.md): `data(v, n | init)`,
 * `json(d, n | init)`, `redirect(url, n | init)` from `react-router` and the Remix runtimes.
 * The init object's `status` key is a site of its own too; rules take the outer one.
 */
import { declareSiteTables } from '../helpers/front-ends';

const FOUND = [
  ['data(value, n)', 'app/routes/users.ts', "import { data } from 'react-router';\nexport async function action() { return data({ errors: {} }, 400); }", ['set react-router 400']],
  [
    'data(value, { status, headers })',
    'app/routes/users.ts',
    "import { data } from 'react-router';\nexport async function action() { return data({ errors: {} }, { status: 400, headers: { 'X-A': '1' } }); }",
    ['set react-router 400', 'set response-object 400'],
  ],
  [
    'throw data(…, { status })',
    'app/routes/users.ts',
    "import { data } from 'react-router';\nexport async function loader() { throw data('Not Found', { status: 404 }); }",
    ['set react-router 404', 'set response-object 404'],
  ],
  [
    'json(data, { status }) from Remix',
    'app/routes/users.ts',
    "import { json } from '@remix-run/node';\nexport async function action() { return json({ id: 1 }, { status: 201 }); }",
    ['set react-router 201', 'set response-object 201'],
  ],
  ['json(data, n) from Remix', 'app/routes/users.ts', "import { json } from '@remix-run/node';\nexport async function action() { return json({ id: 1 }, 201); }", ['set react-router 201']],
  ['redirect(url, n)', 'app/routes/users.ts', "import { redirect } from 'react-router';\nexport async function action() { return redirect('/login', 303); }", ['redirect react-router 303']],
  [
    'redirect(url, init) from react-router-dom',
    'app/routes/users.ts',
    "import { redirect } from 'react-router-dom';\nexport async function action() { return redirect('/login', { status: 307, headers: { 'Set-Cookie': cookie } }); }",
    ['redirect react-router 307', 'set response-object 307'],
  ],
  [
    'an http-status-codes member',
    'app/routes/users.js',
    "import { data } from 'react-router';\nimport { StatusCodes } from 'http-status-codes';\nexport async function action() { return data(null, { status: StatusCodes.UNPROCESSABLE_ENTITY }); }",
    ['set react-router 422 (library StatusCodes.UNPROCESSABLE_ENTITY)', 'set response-object 422 (library StatusCodes.UNPROCESSABLE_ENTITY)'],
  ],
  [
    'a const, required from the Remix runtime',
    'app/routes/users.cjs',
    "const { redirect } = require('@remix-run/server-runtime');\nconst SEE_OTHER = 303;\nexports.action = async () => redirect('/x', SEE_OTHER);",
    ['redirect react-router 303 (constant SEE_OTHER)'],
  ],
  ['rr.data(value, n) through a namespace import', 'app/routes/users.ts', "import * as rr from 'react-router';\nexport const loader = () => rr.data({ id: 1 }, 201);", ['set react-router 201']],
] as const;

const NONE = [
  ['json(data): the default is not written', 'app/routes/users.ts', "import { json } from '@remix-run/node';\nexport async function loader() { return json({ id: 1 }); }"],
  ['redirect(url): the default is not written', 'app/routes/users.ts', "import { redirect } from 'react-router';\nexport async function action() { return redirect('/login'); }"],
  ['redirect of next/navigation', 'app/page.ts', "import { redirect } from 'next/navigation';\nexport default function Page() { redirect('/login', 'replace'); }"],
  ['a local json', 'app/routes/users.ts', 'function json(value, code) { return value; }\nexport const loader = () => json({ id: 1 }, 201);'],
  [
    'loader data, sliced',
    'app/routes/users.ts',
    "import { useLoaderData } from 'react-router';\nexport default function Users() { const data = useLoaderData(); return data.items.slice(0, 200); }",
  ],
] as const;



declareSiteTables({ found: FOUND, none: NONE });
