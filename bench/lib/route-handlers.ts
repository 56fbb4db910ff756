/**
 * The editor benchmarks' source file: route handlers where every block holds status literals,
 * a comparison and plain numbers, so hovers, completions and inlay hints all have work.
 */
export interface RouteHandlerSource {
  /** The lines before the handlers: imports or declarations that make `app` and `res` known. */
  readonly header: readonly string[];
  /** Put into every route path, so that files generated with other seeds differ. */
  readonly seed?: number;
}

/** Declarations that make `app` and `res` known without any package installed. */
export const TYPED_ROUTE_HEADER: readonly string[] = [
  'interface Res { status(code: number): Res; json(body: unknown): void; end(): void; statusCode: number }',
  'declare const app: { get(path: string, handler: (req: unknown, res: Res) => void): void; post(path: string, handler: (req: unknown, res: Res) => void): void };',
  'declare function load(id: number): Promise<{ ok: boolean } | undefined>;',
];

function handlerBlock(index: number, seed: number | undefined): string[] {
  const path = seed === undefined ? `/items/${index}` : `/items/${seed}/${index}`;
  return [
    `app.get('${path}', async (req, res) => {`,
    `  const item = await load(${index});`,
    '  if (!item) {',
    '    res.status(404).json({ error: "missing" });',
    '    return;',
    '  }',
    `  const retries = ${index % 7} * 3;`,
    '  if (res.statusCode === 304) res.end();',
    '  setTimeout(() => res.status(item.ok ? 200 : 503).json({ retries }), 500);',
    '});',
  ];
}

/** Exactly `lines` lines of route handlers after `header`, ending with a newline. */
export function routeHandlerSource(lines: number, { header, seed }: RouteHandlerSource): string {
  const body: string[] = [];
  for (let index = 0; header.length + body.length < lines; index++) body.push(...handlerBlock(index, seed));
  return [...header, ...body].slice(0, lines).join('\n') + '\n';
}
