/**
 * How code says "the client sent something wrong": request input, validation libraries,
 * their error classes, and the words of error messages. Data for the rule that keeps 5xx
 * codes for server faults.
 */

/** Receivers whose members are request input: `req.body`, `request.query`, `ctx.request.body`, `c.req`. */
export const REQUEST_NAMES = /^(?:req|request|_req|rq|incoming|event)$/;

/** Members of a request that hold client input. */
export const REQUEST_INPUT_MEMBERS: ReadonlySet<string> = new Set([
  'body',
  'query',
  'params',
  'headers',
  'cookies',
  'files',
  'file',
  'searchParams',
  'nextUrl',
  'rawBody',
  'form',
  'param',
  'valid',
  'url',
  'queryStringParameters',
  'multiValueQueryStringParameters',
  'pathParameters',
]);

/** Names that usually hold request input once read (`const body = await req.json()`). */
export const INPUT_VARIABLE_NAMES = /^(?:body|payload|input|params|query|data|form|formData|fields|args|dto)$/;

/** Functions that read request input from the request they are given (`readBody(req)`, `getQuery(event)`). */
export const INPUT_READER_FUNCTION = /^(?:read|get|parse)\w*(?:Body|Json|Query|Params?|Input|Form\w*|Payload)$/;

/** Methods that read the request body (`await request.json()`, `c.req.json()`, `request.formData()`). */
export const BODY_READ_METHODS: ReadonlySet<string> = new Set(['json', 'formData', 'text', 'parseBody', 'arrayBuffer']);

/** Calls that validate (`schema.safeParse`, `validationResult`, `schema.validate`, `isValid…`). */
export const VALIDATION_CALL_PATTERN = /^(?:safeParse\w*|validate\w*|validationResult|isValid\w*|is[A-Z]\w*Valid|matchedData|readValidatedBody|getValidated\w*)$/;

/** Members of a validation result that say "valid": zod `success`, express-validator `isEmpty()`. */
export const VALIDITY_MEMBERS: ReadonlySet<string> = new Set(['success', 'isEmpty', 'valid', 'isValid', 'ok']);

/** Members that hold a validation failure: Joi `error`, zod `error`, Fastify `validation`. */
export const FAILURE_MEMBERS: ReadonlySet<string> = new Set(['error', 'errors', 'validation', 'issues', 'details', 'isJoi']);

/** Error classes thrown for invalid input by validation libraries and projects. */
export const VALIDATION_ERROR_CLASS = /(?:Validation(?:Error|Exception)|^ZodError|^ValidateError|^ValidationFailed\w*|^BadRequest\w*|^InvalidInput\w*|^CastError|^YupError|^AjvError|^SyntaxError)$/;

/** `err.name` / `err.type` / `err.code` values that identify invalid input. */
export const VALIDATION_ERROR_NAMES = /^(?:ValidationError|ZodError|CastError|ValidatorError|ValidateError|SequelizeValidationError|entity\.parse\.failed|VALIDATION_ERROR|ERR_VALIDATION|FST_ERR_VALIDATION|BAD_USER_INPUT|INVALID_ARGUMENT)$/;

/** Words that say the request was wrong. */
export const CLIENT_MISTAKE_MESSAGE =
  /\b(?:(?:is|are) required|required (?:field|parameter|param)s?|missing|invalid|must (?:be|have|contain|include|match|not)|bad request|malformed|not (?:a )?valid|validation (?:failed|error)|cannot be (?:empty|blank)|too (?:long|short)|out of range|unknown (?:field|parameter))\b/i;

/** Words that say the server failed, which keep a 5xx right even with "invalid" in the text. */
export const SERVER_FAULT_MESSAGE =
  /\b(?:database|db|upstream|internal|server|config(?:uration)?|timed? ?out|connect(?:ion)?|unavailable|unexpected|unknown error|failed to (?:save|write|load|connect|fetch|send|process)|could not|unable to|env(?:ironment)?(?: var(?:iable)?s?)?|secret|provider|third[- ]party|gateway|response from|returned|template|no such file|directory)\b|\.env\b/i;

/** Why a status answers a client mistake. */
export type ClientMistakeReason =
  | 'invalid-input'
  | 'validation-error'
  | 'message'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'method-not-allowed'
  | 'not-found';

/** What an error message says went wrong, and the status that says it; in the order they are tried. */
export interface MessageMeaning {
  readonly reason: ClientMistakeReason;
  readonly pattern: RegExp;
  /** The 4xx that fits; absent for plain bad input, which answers the rule's preferred code. */
  readonly fittingCode?: number;
}

export const CLIENT_MESSAGE_MEANINGS: readonly MessageMeaning[] = [
  { reason: 'conflict', fittingCode: 409, pattern: /\b(?:already (?:exists?|registered|taken|in use|used|been used)|duplicate|conflicts? with)\b/i },
  { reason: 'method-not-allowed', fittingCode: 405, pattern: /\bmethods? not (?:allowed|supported)\b/i },
  {
    reason: 'forbidden',
    fittingCode: 403,
    pattern:
      /\b(?:forbidden|not allowed|permission denied|access denied|not permitted|insufficient (?:permissions?|privileges?|rights)|not authori[sz]ed to|do(?:es)?(?:n'?t| not) have (?:permission|access)|(?:can'?t|cannot|can not|may not) access|only (?:an? )?(?:admins?|administrators?|owners?)|admins? only)\b/i,
  },
  {
    reason: 'unauthenticated',
    fittingCode: 401,
    pattern:
      /\b(?:unauthori[sz]ed|unauthenticated|not (?:logged|signed) in|please (?:log|sign) ?in|session (?:has )?expired|login required|authentication (?:required|failed)|invalid (?:credentials|password|username or password|email or password)|wrong password|(?:token|jwt) (?:is )?(?:missing|expired|invalid)|no token)\b/i,
  },
  { reason: 'not-found', fittingCode: 404, pattern: /\b(?:not found|does not exist|doesn'?t exist|no such)\b/i },
  { reason: 'message', pattern: CLIENT_MISTAKE_MESSAGE },
];

/**
 * What says who sends a request, read straight off it: `req.user`, `req.auth`, `req.userId`,
 * `req.isAuthenticated()`; `req.session.userId` and `req.headers.authorization` one level down.
 */
export const IDENTITY_MEMBERS: ReadonlySet<string> = new Set(['user', 'auth', 'userId', 'isAuthenticated()']);
export const IDENTITY_HOLDERS: Readonly<Record<string, ReadonlySet<string>>> = {
  session: new Set(['user', 'userId', 'token', 'auth', 'authenticated', 'loggedIn']),
  headers: new Set(['authorization']),
};

/**
 * Error codes and names of a unique-key violation: MongoDB `11000`, PostgreSQL `23505`, MySQL
 * `ER_DUP_ENTRY`, SQLite's constraint error, Prisma `P2002`, Sequelize's and TypeORM's classes.
 */
export const DUPLICATE_KEY_ERRORS = /^(?:11000|23505|ER_DUP_ENTRY|SQLITE_CONSTRAINT(?:_UNIQUE)?|P2002|SequelizeUniqueConstraintError|UniqueConstraintError)$/;

/** Calls that look a record up (`User.findById(id)`, `repo.findOne({ where })`, `getUserById(id)`). */
export const LOOKUP_CALL_PATTERN = /^(?:find\w*|get\w*By\w*|fetch\w*By\w*|lookup\w*|load\w*By\w*)$/;

/**
 * Gateway codes speak of another server (RFC 9110 §15.6.3–§15.6.5): a 502 after a bad
 * upstream reply is right whatever its message says, so only request input makes them wrong.
 */
export const GATEWAY_STATUS_CODES: ReadonlySet<number> = new Set([502, 503, 504]);

/** NestJS parameter decorators that hand a handler request input. */
export const REQUEST_INPUT_DECORATORS = /^(?:Body|Query|Param|Params|Headers|Req|Request|UploadedFile|UploadedFiles)$/;

/** Methods that validate what they are given and throw when it is invalid (`schema.parse(req.body)`). */
export const THROWING_VALIDATION_METHODS: ReadonlySet<string> = new Set([
  'parse',
  'parseAsync',
  'validate',
  'validateSync',
  'validateAsync',
  'validateOrReject',
  'assert',
  'assertValid',
  'cast',
  'decode',
]);
