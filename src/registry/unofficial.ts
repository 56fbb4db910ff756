/**
 * Codes users meet that the IANA registry does not assign (or assigns to something
 * else): who sends them, the name they give them, and the registered codes that say
 * the same thing. Facts only; descriptions live in `descriptions.ts`.
 */
export interface UnofficialUse {
  readonly code: number;
  readonly vendorId: string;
  readonly vendor: string;
  readonly name: string;
  readonly alternatives: readonly number[];
}

type Row = readonly [
  code: number,
  vendorId: string,
  vendor: string,
  name: string,
  alternatives: readonly number[],
];

const AWS = 'AWS load balancers';

const ROWS: readonly Row[] = [
  [0, 'aws-elb', AWS, 'HTTP/2 GOAWAY', []],
  [210, 'nestjs', 'NestJS HttpStatus', 'Content Different', [200]],
  [218, 'apache', 'Apache', 'This is fine', []],
  [419, 'laravel', 'Laravel', 'Page Expired', [403]],
  [419, 'http-status-codes', 'http-status-codes', 'Insufficient Space on Resource', [507]],
  [420, 'spring', 'Spring', 'Method Failure', [424, 500]],
  [420, 'twitter', 'the old Twitter API', 'Enhance Your Calm', [429, 503]],
  [430, 'shopify', 'Shopify', 'Request Header Fields Too Large', [429, 431]],
  [440, 'iis', 'Microsoft IIS', 'Login Time-out', [401]],
  [444, 'nginx', 'nginx', 'No Response', []],
  [449, 'iis', 'Microsoft IIS', 'Retry With', []],
  [450, 'microsoft', 'Microsoft Windows', 'Blocked by Windows Parental Controls', [403]],
  [451, 'exchange', 'Exchange ActiveSync', 'Redirect', [307]],
  [456, 'nestjs', 'NestJS HttpStatus', 'Unrecoverable Error', [500]],
  [460, 'aws-elb', AWS, 'Client Closed Connection', []],
  [463, 'aws-elb', AWS, 'Too Many Forwarded Addresses', [400]],
  [464, 'aws-elb', AWS, 'Incompatible Protocol Versions', [400]],
  [494, 'nginx', 'nginx', 'Request Header Too Large', [431]],
  [495, 'nginx', 'nginx', 'SSL Certificate Error', [400]],
  [496, 'nginx', 'nginx', 'SSL Certificate Required', [400]],
  [497, 'nginx', 'nginx', 'HTTP Request Sent to HTTPS Port', [400]],
  [498, 'esri', 'Esri ArcGIS', 'Invalid Token', [401]],
  [499, 'nginx', 'nginx', 'Client Closed Request', [408]],
  [499, 'esri', 'Esri ArcGIS', 'Token Required', [401]],
  [509, 'apache', 'Apache, cPanel', 'Bandwidth Limit Exceeded', [429, 503]],
  [520, 'cloudflare', 'Cloudflare', 'Web Server Returned an Unknown Error', [502]],
  [521, 'cloudflare', 'Cloudflare', 'Web Server Is Down', [502, 503]],
  [522, 'cloudflare', 'Cloudflare', 'Connection Timed Out', [504]],
  [523, 'cloudflare', 'Cloudflare', 'Origin Is Unreachable', [502]],
  [524, 'cloudflare', 'Cloudflare', 'A Timeout Occurred', [504]],
  [525, 'cloudflare', 'Cloudflare', 'SSL Handshake Failed', [502]],
  [526, 'cloudflare', 'Cloudflare', 'Invalid SSL Certificate', [502]],
  [526, 'cloud-foundry', 'Cloud Foundry gorouter', 'Invalid SSL Certificate', [502]],
  [527, 'cloudflare', 'Cloudflare', 'Railgun Error', [502]],
  [529, 'qualys', 'Qualys SSL Labs', 'Site is overloaded', [503, 429]],
  [530, 'cloudflare', 'Cloudflare', 'Origin Error (1xxx)', [502]],
  [530, 'pantheon', 'Pantheon', 'Site is frozen', [503]],
  [540, 'shopify', 'Shopify', 'Temporarily Disabled', [503]],
  [561, 'aws-elb', AWS, 'Unauthorized', [401]],
  [598, 'proxies', 'some proxies', 'Network Read Timeout Error', [504]],
  [599, 'proxies', 'some proxies', 'Network Connect Timeout Error', [504]],
  [783, 'shopify', 'Shopify', 'Unexpected Token', [400]],
  [999, 'linkedin', 'LinkedIn', 'Request Denied', [403, 429]],
];

export const UNOFFICIAL_USES: readonly UnofficialUse[] = ROWS.map(
  ([code, vendorId, vendor, name, alternatives]) => ({
    code,
    vendorId,
    vendor,
    name,
    alternatives,
  }),
);

/** Where the vendors' own alternatives disagree, the registered codes to suggest, best first. */
export const PREFERRED_ALTERNATIVES: Readonly<Record<number, readonly number[]>> = {
  420: [429, 503],
};

/**
 * Numbers in 1xx and 2xx that belong to the obsolete `Warning` header (RFC 7234 §5.5),
 * not to the status line; people copy them from old docs as if they were statuses.
 */
export const WARNING_CODES: Readonly<Record<number, string>> = {
  110: 'Response is Stale',
  111: 'Revalidation Failed',
  112: 'Disconnected Operation',
  113: 'Heuristic Expiration',
  199: 'Miscellaneous Warning',
  214: 'Transformation Applied',
  299: 'Miscellaneous Persistent Warning',
};

/** Vendor ids users may name in options, with their display names. */
export const VENDORS: Readonly<Record<string, string>> = Object.fromEntries(
  UNOFFICIAL_USES.map((use) => [use.vendorId, use.vendor]),
);
