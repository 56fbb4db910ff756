/**
 * The state of one generated file: its language and module system, the imports and
 * exports its blocks ask for, and how it writes HTTP status codes (literals or constants).
 */

/** `http-status-codes` members (`StatusCodes.NOT_FOUND`). */
export const STATUS_CODES_MEMBERS = {
  200: 'OK', 201: 'CREATED', 202: 'ACCEPTED', 204: 'NO_CONTENT', 206: 'PARTIAL_CONTENT',
  301: 'MOVED_PERMANENTLY', 302: 'MOVED_TEMPORARILY', 303: 'SEE_OTHER', 304: 'NOT_MODIFIED',
  307: 'TEMPORARY_REDIRECT', 308: 'PERMANENT_REDIRECT',
  400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 402: 'PAYMENT_REQUIRED', 403: 'FORBIDDEN', 404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED', 406: 'NOT_ACCEPTABLE', 408: 'REQUEST_TIMEOUT', 409: 'CONFLICT', 410: 'GONE',
  412: 'PRECONDITION_FAILED', 413: 'REQUEST_TOO_LONG', 415: 'UNSUPPORTED_MEDIA_TYPE', 418: 'IM_A_TEAPOT',
  422: 'UNPROCESSABLE_ENTITY', 423: 'LOCKED', 428: 'PRECONDITION_REQUIRED', 429: 'TOO_MANY_REQUESTS',
  451: 'UNAVAILABLE_FOR_LEGAL_REASONS',
  500: 'INTERNAL_SERVER_ERROR', 501: 'NOT_IMPLEMENTED', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

/** `@nestjs/common` members (`HttpStatus.NOT_FOUND`). */
export const NEST_MEMBERS = {
  ...STATUS_CODES_MEMBERS,
  302: 'FOUND', 413: 'PAYLOAD_TOO_LARGE', 418: 'I_AM_A_TEAPOT', 451: undefined,
};

/** Codes seen in the wild that are not in the IANA registry, or are vendor-specific. */
const NONSTANDARD_4XX = [499, 418, 420, 444, 460, 419, 440, 430];
const NONSTANDARD_5XX = [509, 520, 598, 599, 529, 521];

export class FileContext {
  /**
   * @param {import('./prng.mjs').Rng} rng
   * @param {{ lang: 'ts' | 'js', module: 'esm' | 'cjs', statusStyle: 'literal' | 'constants' | 'mixed',
   *   constants: 'http-status-codes' | 'nest', nonstandard: number }} options
   */
  constructor(rng, options) {
    this.rng = rng;
    this.lang = options.lang;
    this.module = options.module;
    this.statusStyle = options.statusStyle;
    this.constants = options.constants;
    this.nonstandardLeft = options.nonstandard;
    this.imports = new Map();
    this.typeImports = new Map();
    this.exports = [];
    this.defaultExport = undefined;
    this.statusCount = 0;
    this.nonstandardCount = 0;
    this.usedNames = new Set();
  }

  get isTs() {
    return this.lang === 'ts';
  }

  get isCjs() {
    return this.module === 'cjs';
  }

  /** `text` in TypeScript files, nothing in JavaScript (type annotations). */
  t(text) {
    return this.isTs ? text : '';
  }

  /** A name not used yet in this file: `base`, then `base2`, `base3`… */
  unique(base) {
    let name = base;
    for (let i = 2; this.usedNames.has(name); i++) name = `${base}${i}`;
    this.usedNames.add(name);
    return name;
  }

  /** Asks for an import; rendered as `import` or `require` depending on the module system. */
  imp(source, { def, named = [], ns } = {}) {
    let entry = this.imports.get(source);
    if (!entry) {
      entry = { def: undefined, named: new Set(), ns: undefined };
      this.imports.set(source, entry);
    }
    if (def) entry.def = def;
    if (ns) entry.ns = ns;
    for (const n of named) entry.named.add(n);
    for (const local of [def, ns, ...named]) if (local) this.usedNames.add(local.replace(/^type /, ''));
    return def ?? ns ?? named[0];
  }

  /** A type-only import, in TypeScript files only. */
  impType(source, ...names) {
    if (!this.isTs) return;
    let set = this.typeImports.get(source);
    if (!set) this.typeImports.set(source, (set = new Set()));
    for (const n of names) {
      set.add(n);
      this.usedNames.add(n);
    }
  }

  /** `export ` before a declaration in ESM; in CommonJS the name goes to `module.exports`. */
  exp(name) {
    if (this.isCjs) {
      this.exports.push(name);
      return '';
    }
    return 'export ';
  }

  /** The default export: `export default x;` or `module.exports = x;`. */
  setDefault(expression) {
    this.defaultExport = expression;
  }

  /**
   * An HTTP status in a status position: a literal or a constant, by the file's style. Some
   * files replace one 4xx/5xx code by a nonstandard one (499, 418, 520, …), written as a literal.
   */
  s(code) {
    this.statusCount++;
    if (this.nonstandardLeft > 0 && code >= 400 && this.rng.chance(0.5)) {
      this.nonstandardLeft--;
      this.nonstandardCount++;
      return String(this.rng.pick(code >= 500 ? NONSTANDARD_5XX : NONSTANDARD_4XX));
    }
    const useConstant =
      this.statusStyle === 'constants' || (this.statusStyle === 'mixed' && this.rng.chance(0.5));
    if (!useConstant) return String(code);
    if (this.constants === 'nest' && NEST_MEMBERS[code]) {
      this.imp('@nestjs/common', { named: ['HttpStatus'] });
      return `HttpStatus.${NEST_MEMBERS[code]}`;
    }
    if (STATUS_CODES_MEMBERS[code]) {
      this.imp('http-status-codes', { named: ['StatusCodes'] });
      return `StatusCodes.${STATUS_CODES_MEMBERS[code]}`;
    }
    return String(code);
  }

  /** Picks one of the codes and writes it with `s`. */
  sp(...codes) {
    return this.s(this.rng.pick(codes));
  }

  // Non-status numbers, as real code is full of them.
  timeout() {
    return this.rng.pick(['100', '250', '500', '1000', '1500', '2000', '3000', '5000', '10_000', '15000', '30_000', '60000']);
  }

  port() {
    return this.rng.pick(['3000', '3001', '4000', '5000', '8080', '8000', '9000', '5432', '6379', '27017']);
  }

  limit() {
    return this.rng.pick(['10', '20', '25', '50', '100', '200', '500', '1000']);
  }

  small() {
    return String(this.rng.int(2, 9));
  }

  render(body) {
    const lines = [];
    if (this.isCjs) lines.push(this.rng.chance(0.6) ? "'use strict';\n" : '');
    for (const [source, names] of this.typeImports) {
      lines.push(`import type { ${[...names].join(', ')} } from '${source}';`);
    }
    for (const [source, { def, named, ns }] of this.imports) {
      const list = [...named];
      if (this.isCjs) {
        if (def) lines.push(`const ${def} = require('${source}');`);
        if (ns) lines.push(`const ${ns} = require('${source}');`);
        if (list.length) lines.push(`const { ${list.join(', ')} } = require('${source}');`);
        if (!def && !ns && !list.length) lines.push(`require('${source}');`);
      } else {
        const parts = [];
        if (def) parts.push(def);
        if (ns && !def) parts.push(`* as ${ns}`);
        if (list.length) parts.push(`{ ${list.join(', ')} }`);
        if (ns && def) lines.push(`import * as ${ns} from '${source}';`);
        lines.push(parts.length ? `import ${parts.join(', ')} from '${source}';` : `import '${source}';`);
      }
    }
    const out = [lines.filter((l) => l !== '').join('\n'), '', body.trimEnd(), ''];
    if (this.isCjs) {
      if (this.defaultExport) {
        out.push(`module.exports = ${this.defaultExport};`);
        for (const name of this.exports) out.push(`module.exports.${name} = ${name};`);
      } else if (this.exports.length) {
        out.push(`module.exports = { ${this.exports.join(', ')} };`);
      }
    } else if (this.defaultExport) {
      out.push(`export default ${this.defaultExport};`);
    }
    return out.join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  }
}

export function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}
