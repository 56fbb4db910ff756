import type { StatusState } from './types';

/**
 * The IANA HTTP Status Code Registry as updated on 2025-09-15: code, name, defining
 * document, section, state. Names follow RFC 9110. Unassigned ranges are implicit.
 */
export const IANA_REGISTRY_UPDATED = '2025-09-15';

export interface RegisteredCode {
  readonly code: number;
  readonly name: string;
  readonly document: string;
  readonly section?: string;
  readonly state: Exclude<StatusState, 'unofficial'>;
  readonly expires?: string;
}

type Row = readonly [code: number, name: string, document: string, section?: string];

const RFC9110 = 'RFC 9110';

const ROWS: readonly Row[] = [
  [100, 'Continue', RFC9110, '15.2.1'],
  [101, 'Switching Protocols', RFC9110, '15.2.2'],
  [102, 'Processing', 'RFC 2518', '10.1'],
  [103, 'Early Hints', 'RFC 8297', '2'],
  [104, 'Upload Resumption Supported', 'draft-ietf-httpbis-resumable-upload-05'],
  [200, 'OK', RFC9110, '15.3.1'],
  [201, 'Created', RFC9110, '15.3.2'],
  [202, 'Accepted', RFC9110, '15.3.3'],
  [203, 'Non-Authoritative Information', RFC9110, '15.3.4'],
  [204, 'No Content', RFC9110, '15.3.5'],
  [205, 'Reset Content', RFC9110, '15.3.6'],
  [206, 'Partial Content', RFC9110, '15.3.7'],
  [207, 'Multi-Status', 'RFC 4918', '11.1'],
  [208, 'Already Reported', 'RFC 5842', '7.1'],
  [226, 'IM Used', 'RFC 3229', '10.4.1'],
  [300, 'Multiple Choices', RFC9110, '15.4.1'],
  [301, 'Moved Permanently', RFC9110, '15.4.2'],
  [302, 'Found', RFC9110, '15.4.3'],
  [303, 'See Other', RFC9110, '15.4.4'],
  [304, 'Not Modified', RFC9110, '15.4.5'],
  [305, 'Use Proxy', RFC9110, '15.4.6'],
  [306, '(Unused)', RFC9110, '15.4.7'],
  [307, 'Temporary Redirect', RFC9110, '15.4.8'],
  [308, 'Permanent Redirect', RFC9110, '15.4.9'],
  [400, 'Bad Request', RFC9110, '15.5.1'],
  [401, 'Unauthorized', RFC9110, '15.5.2'],
  [402, 'Payment Required', RFC9110, '15.5.3'],
  [403, 'Forbidden', RFC9110, '15.5.4'],
  [404, 'Not Found', RFC9110, '15.5.5'],
  [405, 'Method Not Allowed', RFC9110, '15.5.6'],
  [406, 'Not Acceptable', RFC9110, '15.5.7'],
  [407, 'Proxy Authentication Required', RFC9110, '15.5.8'],
  [408, 'Request Timeout', RFC9110, '15.5.9'],
  [409, 'Conflict', RFC9110, '15.5.10'],
  [410, 'Gone', RFC9110, '15.5.11'],
  [411, 'Length Required', RFC9110, '15.5.12'],
  [412, 'Precondition Failed', RFC9110, '15.5.13'],
  [413, 'Content Too Large', RFC9110, '15.5.14'],
  [414, 'URI Too Long', RFC9110, '15.5.15'],
  [415, 'Unsupported Media Type', RFC9110, '15.5.16'],
  [416, 'Range Not Satisfiable', RFC9110, '15.5.17'],
  [417, 'Expectation Failed', RFC9110, '15.5.18'],
  [418, '(Unused)', RFC9110, '15.5.19'],
  [421, 'Misdirected Request', RFC9110, '15.5.20'],
  [422, 'Unprocessable Content', RFC9110, '15.5.21'],
  [423, 'Locked', 'RFC 4918', '11.3'],
  [424, 'Failed Dependency', 'RFC 4918', '11.4'],
  [425, 'Too Early', 'RFC 8470', '5.2'],
  [426, 'Upgrade Required', RFC9110, '15.5.22'],
  [428, 'Precondition Required', 'RFC 6585', '3'],
  [429, 'Too Many Requests', 'RFC 6585', '4'],
  [431, 'Request Header Fields Too Large', 'RFC 6585', '5'],
  [451, 'Unavailable For Legal Reasons', 'RFC 7725', '3'],
  [500, 'Internal Server Error', RFC9110, '15.6.1'],
  [501, 'Not Implemented', RFC9110, '15.6.2'],
  [502, 'Bad Gateway', RFC9110, '15.6.3'],
  [503, 'Service Unavailable', RFC9110, '15.6.4'],
  [504, 'Gateway Timeout', RFC9110, '15.6.5'],
  [505, 'HTTP Version Not Supported', RFC9110, '15.6.6'],
  [506, 'Variant Also Negotiates', 'RFC 2295', '8.1'],
  [507, 'Insufficient Storage', 'RFC 4918', '11.5'],
  [508, 'Loop Detected', 'RFC 5842', '7.2'],
  [510, 'Not Extended', 'RFC 2774', '7'],
  [511, 'Network Authentication Required', 'RFC 6585', '6'],
];

/** States other than `standard`, as the registry and RFC 9110 give them. */
const SPECIAL_STATES: Readonly<Record<number, RegisteredCode['state']>> = {
  104: 'temporary',
  305: 'deprecated',
  306: 'unused',
  418: 'unused',
  510: 'obsoleted',
};

/** 104 was registered on 2024-11-13 and extended on 2025-09-15. */
const EXPIRY_DATES: Readonly<Record<number, string>> = { 104: '2026-11-13' };

export const REGISTERED_CODES: readonly RegisteredCode[] = ROWS.map(
  ([code, name, document, section]) => ({
    code,
    name,
    document,
    ...(section === undefined ? {} : { section }),
    state: SPECIAL_STATES[code] ?? 'standard',
    ...(EXPIRY_DATES[code] === undefined ? {} : { expires: EXPIRY_DATES[code] }),
  }),
);
