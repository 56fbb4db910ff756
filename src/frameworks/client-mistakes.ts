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
  /\b(?:database|db|upstream|internal|server|config(?:uration)?|timed? ?out|connect(?:ion)?|unavailable|unexpected|unknown error|failed to (?:save|write|load|connect|fetch|send|process)|could not|unable to)\b/i;
