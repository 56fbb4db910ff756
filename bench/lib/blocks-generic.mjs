/**
 * Blocks of ordinary application code with no HTTP status in them: helpers, services,
 * repositories, types, reducers, jobs, config, validation, unit tests. Full of numbers that
 * are not statuses (timeouts, ports, limits, slices, percentages, task states), and some
 * that look like statuses but are not (`histogram([100, 200, 500])`, `z.number().max(500)`).
 *
 * Each block is `(ctx, e) => string`, `e` being the file's entity ({ s, p, C, Cp }).
 */
import { indent } from './file-context.mjs';

// ---------------------------------------------------------------------------- helpers

export function utilChunk(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('chunk');
  return `/** Splits \`items\` into arrays of at most \`size\` elements. */
${ctx.exp(name)}function ${name}${t('<T>')}(items${t(': readonly T[]')}, size${t(': number')} = ${ctx.limit()})${t(': T[][]')} {
  if (size <= 0) throw new RangeError('size must be positive');
  const out${t(': T[][]')} = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
`;
}

export function utilClamp(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('clamp');
  return `${ctx.exp(name)}function ${name}(value${t(': number')}, min${t(': number')} = 0, max${t(': number')} = ${ctx.rng.pick(['1', '100', '255', '1000'])})${t(': number')} {
  return Math.min(max, Math.max(min, value));
}
`;
}

export function utilFormatBytes(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('formatBytes');
  const units = ctx.unique('UNITS');
  return `const ${units} = ['B', 'KB', 'MB', 'GB', 'TB'];

${ctx.exp(name)}function ${name}(bytes${t(': number')}, decimals${t(': number')} = 2)${t(': string')} {
  if (bytes === 0) return '0 B';
  const k = 1024;
  const i = Math.floor(Math.log(bytes) / Math.log(k));
  return \`\${parseFloat((bytes / Math.pow(k, i)).toFixed(decimals))} \${${units}[i]}\`;
}
`;
}

export function utilTruncate(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('truncate');
  const n = ctx.rng.pick(['80', '120', '140', '200', '280']);
  return `${ctx.exp(name)}function ${name}(text${t(': string')}, max${t(': number')} = ${n})${t(': string')} {
  if (text.length <= max) return text;
  return text.slice(0, max - 1).trimEnd() + '…';
}
`;
}

export function utilDebounce(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('debounce');
  return `${ctx.exp(name)}function ${name}${t('<A extends unknown[]>')}(fn${t(': (...args: A) => void')}, wait${t(': number')} = ${ctx.rng.pick(['150', '200', '250', '300', '500'])}) {
  let timer${t(': ReturnType<typeof setTimeout> | undefined')};
  return (...args${t(': A')}) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
`;
}

export function utilRetry(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('retry');
  const sleep = ctx.unique('sleep');
  return `${ctx.exp(sleep)}const ${sleep} = (ms${t(': number')})${t(': Promise<void>')} => new Promise((resolve) => setTimeout(resolve, ms));

${ctx.exp(name)}async function ${name}${t('<T>')}(
  task${t(': () => Promise<T>')},
  { attempts = ${ctx.rng.pick(['3', '5', '4'])}, baseDelay = ${ctx.rng.pick(['100', '200', '250', '500'])}, maxDelay = ${ctx.rng.pick(['5000', '10_000', '30000'])} }${t(': { attempts?: number; baseDelay?: number; maxDelay?: number }')} = {},
)${t(': Promise<T>')} {
  let lastError${t(': unknown')};
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      const jitter = Math.random() * ${ctx.rng.pick(['50', '100'])};
      await ${sleep}(Math.min(maxDelay, baseDelay * 2 ** attempt + jitter));
    }
  }
  throw lastError;
}
`;
}

export function utilGroupBy(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('groupBy');
  return `${ctx.exp(name)}function ${name}${t('<T, K extends PropertyKey>')}(items${t(': Iterable<T>')}, key${t(': (item: T) => K')})${t(': Record<K, T[]>')} {
  const out = {}${t(' as Record<K, T[]>')};
  for (const item of items) {
    const k = key(item);
    (out[k] ??= []).push(item);
  }
  return out;
}
`;
}

export function utilDates(ctx) {
  const t = (x) => ctx.t(x);
  const a = ctx.unique('addDays');
  const b = ctx.unique('isExpired');
  const c = ctx.unique('toUnixSeconds');
  const min = ctx.unique('MS_PER_MINUTE');
  const day = ctx.unique('MS_PER_DAY');
  return `const ${min} = 60 * 1000;
const ${day} = 24 * 60 * ${min};

${ctx.exp(a)}function ${a}(date${t(': Date')}, days${t(': number')})${t(': Date')} {
  return new Date(date.getTime() + days * ${day});
}

${ctx.exp(b)}function ${b}(issuedAt${t(': number')}, ttlMinutes${t(': number')} = ${ctx.rng.pick(['15', '30', '60', '1440'])}, now = Date.now())${t(': boolean')} {
  return now - issuedAt > ttlMinutes * ${min};
}

${ctx.exp(c)}function ${c}(date${t(': Date')} = new Date())${t(': number')} {
  return Math.floor(date.getTime() / 1000);
}
`;
}

export function utilHash(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('hashCode');
  return `${ctx.exp(name)}function ${name}(input${t(': string')})${t(': number')} {
  let hash = 0;
  for (let i = 0; i < input.length; i++) {
    hash = (hash * 31 + input.charCodeAt(i)) | 0;
  }
  return hash >>> 0;
}
`;
}

export function utilMoney(ctx) {
  const t = (x) => ctx.t(x);
  const a = ctx.unique('toCents');
  const b = ctx.unique('formatPrice');
  const c = ctx.unique('applyDiscount');
  return `${ctx.exp(a)}function ${a}(amount${t(': number')})${t(': number')} {
  return Math.round(amount * 100);
}

${ctx.exp(b)}function ${b}(cents${t(': number')}, currency = 'EUR', locale = 'en-GB')${t(': string')} {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

${ctx.exp(c)}function ${c}(cents${t(': number')}, percent${t(': number')})${t(': number')} {
  if (percent < 0 || percent > 100) throw new RangeError(\`bad discount \${percent}\`);
  return Math.round((cents * (100 - percent)) / 100);
}
`;
}

/** Numbers that look like statuses but are not: histogram buckets, percentiles. */
export function utilStats(ctx) {
  const t = (x) => ctx.t(x);
  const p = ctx.unique('percentile');
  const h = ctx.unique('histogram');
  const buckets = ctx.unique('BUCKETS');
  return `${ctx.exp(p)}function ${p}(values${t(': number[]')}, q${t(': number')} = ${ctx.rng.pick(['50', '90', '95', '99'])})${t(': number')} {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.ceil((q / 100) * sorted.length) - 1;
  return sorted[Math.max(0, index)];
}

const ${buckets} = [${ctx.rng.pick(['50, 100, 200, 300, 500, 1000', '100, 200, 400, 500, 800', '10, 25, 50, 100, 250, 500'])}];

${ctx.exp(h)}function ${h}(durationsMs${t(': number[]')})${t(': Map<number, number>')} {
  const counts = new Map${t('<number, number>')}();
  for (const d of durationsMs) {
    const bucket = ${buckets}.find((b) => d <= b) ?? Infinity;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return counts;
}
`;
}

export function utilStrings(ctx) {
  const t = (x) => ctx.t(x);
  const a = ctx.unique('slugify');
  const b = ctx.unique('initials');
  return `${ctx.exp(a)}function ${a}(text${t(': string')})${t(': string')} {
  return text
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ${ctx.rng.pick(['48', '64', '80'])});
}

${ctx.exp(b)}function ${b}(name${t(': string')})${t(': string')} {
  return name
    .split(/\\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0].toUpperCase())
    .join('');
}
`;
}

export function utilColor(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('hexToRgb');
  return `${ctx.exp(name)}function ${name}(hex${t(': string')})${t(': [number, number, number]')} {
  const value = parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
`;
}

export function constantsBlock(ctx) {
  const names = ctx.rng.sample(
    [
      ['MAX_RETRIES', ctx.small()],
      ['DEFAULT_TIMEOUT_MS', ctx.timeout()],
      ['PAGE_SIZE', ctx.limit()],
      ['CACHE_TTL_SECONDS', ctx.rng.pick(['60', '300', '600', '3600', '86400'])],
      ['MAX_UPLOAD_BYTES', '10 * 1024 * 1024'],
      ['RATE_LIMIT_WINDOW_MS', '15 * 60 * 1000'],
      ['MAX_NAME_LENGTH', ctx.rng.pick(['64', '120', '255'])],
      ['BATCH_SIZE', ctx.limit()],
      ['PORT', ctx.port()],
      ['SESSION_DAYS', ctx.rng.pick(['7', '14', '30'])],
      ['LOCK_TIMEOUT_MS', ctx.timeout()],
      ['MAX_ITEMS', ctx.limit()],
    ],
    ctx.rng.int(3, 6),
  );
  return names.map(([n, v]) => {
    const name = ctx.unique(n);
    return `${ctx.exp(name)}const ${name} = ${v};`;
  }).join('\n') + '\n';
}

// ----------------------------------------------------------------------- domain code

export function typesBlock(ctx, e) {
  if (ctx.isTs) {
    const state = ctx.unique(`${e.C}State`);
    const iface = ctx.unique(e.C);
    return `${ctx.exp(state)}enum ${state} {
  Draft = 0,
  Active = 1,
  Suspended = 2,
  Archived = 3,
}

${ctx.exp(iface)}interface ${iface} {
  id: string;
  name: string;
  state: ${state};
  createdAt: Date;
  updatedAt?: Date;
  tags: string[];
  score: number;
}

${ctx.exp(`Create${e.C}Input`)}type Create${e.C}Input = Pick<${iface}, 'name' | 'tags'> & { ownerId: string };
${ctx.exp(`${e.C}Page`)}type ${e.C}Page = { items: ${iface}[]; total: number; page: number; pageSize: number };
`;
  }
  const state = ctx.unique(`${e.C}State`);
  return `/**
 * @typedef {object} ${e.C}
 * @property {string} id
 * @property {string} name
 * @property {number} state
 * @property {Date} createdAt
 * @property {string[]} tags
 */

${ctx.exp(state)}const ${state} = Object.freeze({
  DRAFT: 0,
  ACTIVE: 1,
  SUSPENDED: 2,
  ARCHIVED: 3,
});
`;
}

/** `task.status = 3`, `job.status === 2`: a status that is not HTTP. */
export function taskStatusBlock(ctx, e) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique(`advance${e.C}`);
  return `${ctx.exp(name)}function ${name}(task${t(': { status: number; attempts: number; updatedAt?: number }')})${t(': boolean')} {
  if (task.status === 3) return false;
  if (task.attempts >= ${ctx.small()}) {
    task.status = 4;
    return false;
  }
  task.status = task.status === 0 ? 1 : 2;
  task.attempts += 1;
  task.updatedAt = Date.now();
  return true;
}
`;
}

export function serviceClass(ctx, e) {
  const t = (x) => ctx.t(x);
  const cls = ctx.unique(`${e.C}Service`);
  ctx.imp(`../repositories/${e.s}.repository`, { named: [`${e.C}Repository`] });
  ctx.impType(`../types/${e.s}`, e.C);
  return `${ctx.exp(cls)}class ${cls} {
  ${ctx.isTs ? `private readonly cache = new Map<string, { value: ${e.C}; expires: number }>();` : '#cache = new Map();'}

  constructor(${ctx.isTs ? `private readonly repo: ${e.C}Repository, private readonly ttlMs = ${ctx.timeout()}` : 'repo, ttlMs = ' + ctx.timeout()}) {${ctx.isTs ? '' : '\n    this.repo = repo;\n    this.ttlMs = ttlMs;\n  '}}

  async list(page${t(': number')} = 1, pageSize${t(': number')} = ${ctx.limit()}) {
    const offset = (page - 1) * pageSize;
    const [items, total] = await Promise.all([this.repo.find({ offset, limit: pageSize }), this.repo.count()]);
    return { items, total, page, pageSize, pages: Math.ceil(total / pageSize) };
  }

  async get(id${t(': string')})${t(`: Promise<${e.C} | undefined>`)} {
    const cached = this.${ctx.isTs ? '' : '#'}cache.get(id);
    if (cached && cached.expires > Date.now()) return cached.value;
    const value = await this.repo.findById(id);
    if (value) this.${ctx.isTs ? '' : '#'}cache.set(id, { value, expires: Date.now() + this.ttlMs });
    return value ?? undefined;
  }

  async rename(id${t(': string')}, name${t(': string')}) {
    const trimmed = name.trim().slice(0, ${ctx.rng.pick(['64', '100', '120'])});
    if (trimmed.length < ${ctx.rng.pick(['2', '3'])}) throw new Error('name too short');
    this.${ctx.isTs ? '' : '#'}cache.delete(id);
    return this.repo.update(id, { name: trimmed, updatedAt: new Date() });
  }

  score(item${t(`: ${e.C}`)})${t(': number')} {
    const ageDays = (Date.now() - item.createdAt.getTime()) / 86_400_000;
    return Math.round((item.tags.length * 10 + 100 / (1 + ageDays)) * 100) / 100;
  }
}
`;
}

export function serviceFunctions(ctx, e) {
  const t = (x) => ctx.t(x);
  const a = ctx.unique(`summarize${e.Cp}`);
  const b = ctx.unique(`top${e.Cp}`);
  return `${ctx.exp(a)}function ${a}(items${t(`: Array<{ score: number; tags: string[] }>`)}) {
  const scores = items.map((item) => item.score);
  const total = scores.reduce((sum, s) => sum + s, 0);
  return {
    count: items.length,
    average: items.length ? Math.round((total / items.length) * 10) / 10 : 0,
    tagged: items.filter((item) => item.tags.length > 0).length,
    ratio: items.length ? Math.round((100 * items.filter((i) => i.score > 50).length) / items.length) : 0,
  };
}

${ctx.exp(b)}function ${b}${t('<T extends { score: number }>')}(items${t(': T[]')}, n${t(': number')} = ${ctx.rng.pick(['3', '5', '10'])})${t(': T[]')} {
  return [...items].sort((x, y) => y.score - x.score).slice(0, n);
}
`;
}

export function repositoryClass(ctx, e) {
  const t = (x) => ctx.t(x);
  const cls = ctx.unique(`${e.C}Repository`);
  ctx.imp('../db/pool', { named: ['pool'] });
  return `const COLUMNS = 'id, name, state, tags, score, created_at, updated_at';

${ctx.exp(cls)}class ${cls} {
  async find({ offset = 0, limit = ${ctx.limit()} }${t(': { offset?: number; limit?: number }')} = {}) {
    const { rows } = await pool.query(
      \`SELECT \${COLUMNS} FROM ${e.p} WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT $1 OFFSET $2\`,
      [Math.min(limit, ${ctx.rng.pick(['100', '500', '1000'])}), offset],
    );
    return rows.map(toEntity);
  }

  async findById(id${t(': string')}) {
    const { rows } = await pool.query(\`SELECT \${COLUMNS} FROM ${e.p} WHERE id = $1\`, [id]);
    return rows.length ? toEntity(rows[0]) : null;
  }

  async count()${t(': Promise<number>')} {
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM ${e.p} WHERE deleted_at IS NULL');
    return rows[0].n;
  }

  async update(id${t(': string')}, patch${t(': Record<string, unknown>')}) {
    const keys = Object.keys(patch);
    const sets = keys.map((k, i) => \`\${k} = $\${i + 2}\`).join(', ');
    await pool.query(\`UPDATE ${e.p} SET \${sets} WHERE id = $1\`, [id, ...keys.map((k) => patch[k])]);
    return this.findById(id);
  }
}

function toEntity(row${t(': Record<string, any>')}) {
  return {
    id: String(row.id),
    name: row.name,
    state: Number(row.state ?? 0),
    tags: row.tags ?? [],
    score: Number(row.score) || 0,
    createdAt: new Date(row.created_at),
    updatedAt: row.updated_at ? new Date(row.updated_at) : undefined,
  };
}
`;
}

export function reducerBlock(ctx, e) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique(`${e.p}Reducer`);
  const initial = ctx.unique('initialState');
  const stateType = ctx.isTs
    ? `interface ${e.Cp}State {
  items: Record<string, { id: string; name: string }>;
  loading: boolean;
  page: number;
  error?: string;
}

type Action =
  | { type: '${e.p}/loaded'; items: Array<{ id: string; name: string }>; page: number }
  | { type: '${e.p}/loading' }
  | { type: '${e.p}/failed'; error: string }
  | { type: '${e.p}/removed'; id: string };

`
    : '';
  return `${stateType}${ctx.exp(initial)}const ${initial}${t(`: ${e.Cp}State`)} = { items: {}, loading: false, page: 1 };

${ctx.exp(name)}function ${name}(state${t(`: ${e.Cp}State`)} = ${initial}, action${t(': Action')})${t(`: ${e.Cp}State`)} {
  switch (action.type) {
    case '${e.p}/loading':
      return { ...state, loading: true, error: undefined };
    case '${e.p}/loaded': {
      const items = { ...state.items };
      for (const item of action.items.slice(0, ${ctx.limit()})) items[item.id] = item;
      return { ...state, items, loading: false, page: action.page };
    }
    case '${e.p}/failed':
      return { ...state, loading: false, error: action.error };
    case '${e.p}/removed': {
      const { [action.id]: _removed, ...rest } = state.items;
      return { ...state, items: rest };
    }
    default:
      return state;
  }
}
`;
}

export function jobBlock(ctx, e) {
  const t = (x) => ctx.t(x);
  ctx.imp('bullmq', { named: ['Queue', 'Worker'] });
  const q = ctx.unique(`${e.s}Queue`);
  const w = ctx.unique(`${e.s}Worker`);
  return `${ctx.exp(q)}const ${q} = new Queue('${e.p}', {
  connection: { host: process.env.REDIS_HOST ?? 'localhost', port: ${ctx.rng.pick(['6379', '6380'])} },
  defaultJobOptions: {
    attempts: ${ctx.small()},
    backoff: { type: 'exponential', delay: ${ctx.timeout()} },
    removeOnComplete: ${ctx.limit()},
    removeOnFail: ${ctx.rng.pick(['500', '1000', '5000'])},
  },
});

${ctx.exp(w)}const ${w} = new Worker(
  '${e.p}',
  async (job${t(': { id?: string; data: { ids: string[] }; updateProgress(p: number): Promise<void> }')}) => {
    const ids = job.data.ids;
    for (let i = 0; i < ids.length; i += ${ctx.rng.pick(['10', '25', '50'])}) {
      await job.updateProgress(Math.round((i / ids.length) * 100));
    }
    return { processed: ids.length };
  },
  { concurrency: ${ctx.small()}, lockDuration: ${ctx.rng.pick(['30000', '60_000', '120000'])}, limiter: { max: ${ctx.limit()}, duration: 1000 } },
);
`;
}

export function cronBlock(ctx, e) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique(`schedule${e.C}Cleanup`);
  return `${ctx.exp(name)}function ${name}(run${t(': () => Promise<void>')}, everyMinutes${t(': number')} = ${ctx.rng.pick(['5', '10', '15', '60'])}) {
  let running = false;
  const handle = setInterval(async () => {
    if (running) return;
    running = true;
    const started = performance.now();
    try {
      await run();
    } finally {
      running = false;
      const elapsed = performance.now() - started;
      if (elapsed > ${ctx.timeout()}) console.warn(\`${e.s} cleanup took \${Math.round(elapsed)} ms\`);
    }
  }, everyMinutes * 60 * 1000);
  handle.unref?.();
  return () => clearInterval(handle);
}
`;
}

export function configObject(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('config');
  const int = ctx.unique('intFromEnv');
  return `function ${int}(name${t(': string')}, fallback${t(': number')})${t(': number')} {
  const raw = process.env[name];
  const value = raw === undefined ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : fallback;
}

${ctx.exp(name)}const ${name} = {
  env: process.env.NODE_ENV ?? 'development',
  port: ${int}('PORT', ${ctx.port()}),
  host: process.env.HOST ?? '0.0.0.0',
  db: {
    url: process.env.DATABASE_URL ?? 'postgres://localhost:5432/app',
    pool: { min: ${ctx.rng.pick(['0', '1', '2'])}, max: ${int}('DB_POOL_MAX', ${ctx.rng.pick(['10', '20'])}) },
    statementTimeoutMs: ${ctx.timeout()},
  },
  redis: { host: process.env.REDIS_HOST ?? '127.0.0.1', port: ${int}('REDIS_PORT', 6379), db: 0 },
  cache: { ttlSeconds: ${ctx.rng.pick(['60', '300', '3600'])}, maxEntries: ${ctx.rng.pick(['500', '1000', '10_000'])} },
  rateLimit: { windowMs: 15 * 60 * 1000, max: ${ctx.limit()} },
  uploads: { maxBytes: ${ctx.rng.pick(['5', '10', '25'])} * 1024 * 1024, allowed: ['image/png', 'image/jpeg'] },
  http: { keepAliveTimeout: 65_000, headersTimeout: 66_000, requestTimeout: ${ctx.timeout()} },
  features: { betaSearch: process.env.BETA_SEARCH === '1', maxExports: ${ctx.small()} },
}${t(' as const')};
`;
}

export function toolConfig(ctx) {
  const kind = ctx.rng.pick(['vite', 'vitest', 'playwright']);
  if (kind === 'vite') {
    ctx.imp('vite', { named: ['defineConfig'] });
    ctx.setDefault(`defineConfig({
  server: { port: ${ctx.port()}, strictPort: true, proxy: { '/api': 'http://localhost:${ctx.port()}' } },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: ${ctx.rng.pick(['500', '1000', '1500'])} },
  preview: { port: 4173 },
})`);
    return `// Vite configuration.\nconst _unused = undefined;\nvoid _unused;\n`;
  }
  if (kind === 'vitest') {
    ctx.imp('vitest/config', { named: ['defineConfig'] });
    ctx.setDefault(`defineConfig({
  test: {
    environment: 'node',
    testTimeout: ${ctx.timeout()},
    hookTimeout: ${ctx.timeout()},
    pool: 'threads',
    poolOptions: { threads: { maxThreads: ${ctx.small()}, minThreads: 1 } },
    coverage: { provider: 'v8', thresholds: { lines: 80, functions: 80, branches: 70 } },
  },
})`);
    return `// Vitest configuration.\nconst retries = process.env.CI ? 2 : 0;\nvoid retries;\n`;
  }
  ctx.imp('@playwright/test', { named: ['defineConfig', 'devices'] });
  ctx.setDefault(`defineConfig({
  testDir: './e2e',
  timeout: 30 * 1000,
  expect: { timeout: ${ctx.timeout()} },
  retries: process.env.CI ? 2 : 0,
  workers: process.env.CI ? 1 : undefined,
  use: { baseURL: 'http://localhost:${ctx.port()}', trace: 'on-first-retry', viewport: { width: 1280, height: 720 } },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: { command: 'npm run start', port: ${ctx.port()}, timeout: 120 * 1000 },
})`);
  return `// Playwright configuration.\n`;
}

export function validationBlock(ctx, e) {
  ctx.imp('zod', { named: ['z'] });
  const name = ctx.unique(`${e.s}Schema`);
  return `${ctx.exp(name)}const ${name} = z.object({
  name: z.string().min(${ctx.rng.pick(['1', '2', '3'])}).max(${ctx.rng.pick(['64', '120', '200', '255'])}),
  email: z.string().email().max(254),
  age: z.number().int().min(0).max(${ctx.rng.pick(['120', '150'])}).optional(),
  quantity: z.number().int().positive().max(${ctx.rng.pick(['99', '500', '1000'])}),
  tags: z.array(z.string().max(32)).max(${ctx.rng.pick(['10', '20'])}).default([]),
  priority: z.number().min(1).max(5).default(3),
});
${ctx.isTs ? `\n${ctx.exp(`${e.C}Input`)}type ${e.C}Input = z.infer<typeof ${name}>;\n` : ''}`;
}

export function cacheBlock(ctx) {
  const t = (x) => ctx.t(x);
  const cls = ctx.unique('LruCache');
  return `${ctx.exp(cls)}class ${cls}${t('<K, V>')} {
  ${ctx.isTs ? 'private readonly map = new Map<K, { value: V; expires: number }>();' : 'map = new Map();'}

  constructor(${ctx.isTs ? 'private readonly max = ' + ctx.rng.pick(['100', '500', '1000']) + ', private readonly ttlMs = ' + ctx.timeout() : 'max = 500, ttlMs = 60_000'}) {${ctx.isTs ? '' : '\n    this.max = max;\n    this.ttlMs = ttlMs;\n  '}}

  get(key${t(': K')})${t(': V | undefined')} {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (hit.expires < Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  set(key${t(': K')}, value${t(': V')})${t(': void')} {
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(key, { value, expires: Date.now() + this.ttlMs });
  }
}
`;
}

export function loggerBlock(ctx) {
  const t = (x) => ctx.t(x);
  const name = ctx.unique('createLogger');
  const LEVELS = ctx.unique('LEVELS');
  return `const ${LEVELS} = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 }${t(' as const')};

${ctx.exp(name)}function ${name}(scope${t(': string')}, minLevel${t(`: keyof typeof ${LEVELS}`)} = 'info') {
  const threshold = ${LEVELS}[minLevel];
  const write = (level${t(`: keyof typeof ${LEVELS}`)}, msg${t(': string')}, extra${t('?: Record<string, unknown>')}) => {
    if (${LEVELS}[level] < threshold) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level, scope, msg, ...extra });
    (${LEVELS}[level] >= 50 ? process.stderr : process.stdout).write(line + '\\n');
  };
  return {
    debug: (msg${t(': string')}, extra${t('?: Record<string, unknown>')}) => write('debug', msg, extra),
    info: (msg${t(': string')}, extra${t('?: Record<string, unknown>')}) => write('info', msg, extra),
    warn: (msg${t(': string')}, extra${t('?: Record<string, unknown>')}) => write('warn', msg, extra),
    error: (msg${t(': string')}, extra${t('?: Record<string, unknown>')}) => write('error', msg, extra),
  };
}
`;
}

export function fileIoBlock(ctx, e) {
  const t = (x) => ctx.t(x);
  ctx.imp('node:fs/promises', { ns: 'fs' });
  ctx.imp('node:path', { def: 'path' });
  const name = ctx.unique(`export${e.Cp}Csv`);
  return `${ctx.exp(name)}async function ${name}(dir${t(': string')}, rows${t(': Array<Record<string, unknown>>')})${t(': Promise<string>')} {
  const header = Object.keys(rows[0] ?? {});
  const lines = [header.join(',')];
  for (const row of rows.slice(0, ${ctx.rng.pick(['10_000', '50000', '100000'])})) {
    lines.push(header.map((h) => JSON.stringify(row[h] ?? '')).join(','));
  }
  const file = path.join(dir, \`${e.p}-\${Date.now()}.csv\`);
  await fs.mkdir(dir, { recursive: true, mode: 0o755 });
  await fs.writeFile(file, lines.join('\\n'), { encoding: 'utf8', mode: 0o644 });
  return file;
}
`;
}

export function scriptMain(ctx, e) {
  const t = (x) => ctx.t(x);
  return `async function main(argv${t(': string[]')} = process.argv.slice(2))${t(': Promise<number>')} {
  const limit = Number(argv.find((a) => a.startsWith('--limit='))?.split('=')[1] ?? ${ctx.limit()});
  const dryRun = argv.includes('--dry-run');
  let processed = 0;
  for (let batch = 0; processed < limit; batch++) {
    const size = Math.min(${ctx.rng.pick(['50', '100', '250'])}, limit - processed);
    if (!dryRun) console.log(\`batch \${batch}: migrating \${size} ${e.p}\`);
    processed += size;
  }
  console.log(\`done: \${processed} ${e.p}\`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
`;
}

/** A middleware without any status: logging, request ids, CORS headers. */
export function plainMiddleware(ctx) {
  const t = (x) => ctx.t(x);
  ctx.imp('node:crypto', { named: ['randomUUID'] });
  const a = ctx.unique('requestId');
  const b = ctx.unique('timing');
  return `${ctx.exp(a)}function ${a}(req${t(': any')}, res${t(': any')}, next${t(': () => void')}) {
  const id = req.headers['x-request-id'] ?? randomUUID();
  req.id = String(id).slice(0, ${ctx.rng.pick(['36', '64', '128'])});
  res.setHeader('x-request-id', req.id);
  next();
}

${ctx.exp(b)}function ${b}(slowMs${t(': number')} = ${ctx.rng.pick(['200', '500', '1000'])}) {
  return (req${t(': any')}, res${t(': any')}, next${t(': () => void')}) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (ms > slowMs) console.warn(\`slow request \${req.method} \${req.url}: \${ms.toFixed(1)} ms\`);
    });
    next();
  };
}
`;
}

export function unitTests(ctx, e) {
  ctx.imp('vitest', { named: ['describe', 'it', 'expect', 'vi'] });
  ctx.imp(`../src/utils/${e.s}`, { named: ['chunk', 'clamp', 'percentile', `summarize${e.Cp}`] });
  const n = ctx.rng.int(2, 5);
  const cases = [];
  for (let i = 0; i < n; i++) {
    cases.push(
      ctx.rng.pick([
        `it('chunks by size', () => {
  expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  expect(chunk([], 3)).toHaveLength(0);
});`,
        `it('clamps to the range', () => {
  expect(clamp(500, 0, 255)).toBe(255);
  expect(clamp(-4)).toBe(0);
  expect(clamp(42, 0, 100)).toBe(42);
});`,
        `it('computes percentiles', () => {
  const values = Array.from({ length: 1000 }, (_, i) => i + 1);
  expect(percentile(values, 50)).toBe(500);
  expect(percentile(values, 99)).toBe(990);
});`,
        `it('summarizes ${e.p}', () => {
  const summary = summarize${e.Cp}([{ score: 200, tags: ['a'] }, { score: 100, tags: [] }]);
  expect(summary.count).toBe(2);
  expect(summary.average).toBe(150);
  expect(summary.ratio).toBe(100);
});`,
        `it('debounces calls', async () => {
  vi.useFakeTimers();
  const fn = vi.fn();
  setTimeout(fn, ${ctx.timeout()});
  vi.advanceTimersByTime(60_000);
  expect(fn).toHaveBeenCalledTimes(1);
  vi.useRealTimers();
});`,
        `it('keeps order of ${e.p}', () => {
  const items = [3, 1, 2].map((score) => ({ score, tags: [] }));
  expect(items.map((i) => i.score)).toStrictEqual([3, 1, 2]);
  expect(items.length).toBeGreaterThan(2);
});`,
      ]),
    );
  }
  return `describe('${e.s} utils', () => {
${indent(cases.join('\n\n'), 2)}
});
`;
}

export const GENERIC_HELPERS = [
  utilChunk, utilClamp, utilFormatBytes, utilTruncate, utilDebounce, utilRetry, utilGroupBy,
  utilDates, utilHash, utilMoney, utilStats, utilStrings, utilColor, constantsBlock, taskStatusBlock,
  cacheBlock, loggerBlock,
];
