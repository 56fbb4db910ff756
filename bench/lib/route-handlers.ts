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
