import { defineFramework } from './define';

const RESTIFY_MODULES: readonly string[] = ['restify'];

/** `res.send(404, body)`, `res.json(201, item)`: the status first, when it is a number. */
const STATUS_BEFORE_CONTENT = [{ index: 0, onlyNumeric: true }] as const;

/**
 * Restify 8–11. Its response is Node's with Express's `status`/`redirect` (declared there);
 * its own are `send` and `json` taking the status before the content, which Express 5 no
 * longer accepts, so they count only in files that import Restify.
 */
export const RESTIFY = defineFramework({
  id: 'restify',
  displayName: 'Restify',
  modules: RESTIFY_MODULES,
  serverModules: RESTIFY_MODULES,
  methods: [
    { kind: 'set', method: 'send', statusArguments: STATUS_BEFORE_CONTENT, receivers: ['response'], content: { index: 1 }, modules: RESTIFY_MODULES },
    { kind: 'set', method: 'json', statusArguments: STATUS_BEFORE_CONTENT, receivers: ['response'], content: { index: 1 }, modules: RESTIFY_MODULES },
  ],
  // Restify writes through Node's response, which drops content on 1xx/204/304.
  bodiless: 'dropped',
  emptyResponse: { call: 'end' },
});
