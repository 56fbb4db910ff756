import { defineFramework, moduleSource } from './define';

const BOOM_MODULES = ['@hapi/boom', 'boom'];
const STATUS_CODE_INIT = ['statusCode'];

/** @hapi/boom: error objects with an HTTP status, for hapi and any other server. */
export const BOOM = defineFramework({
  id: 'boom',
  displayName: 'Boom',
  modules: BOOM_MODULES,
  bindings: [
    { kind: 'error', source: moduleSource(BOOM_MODULES, 'Boom'), invocation: 'construct', statusArguments: [{ index: 1, init: true }], initProperties: STATUS_CODE_INIT },
    { kind: 'error', source: moduleSource(BOOM_MODULES, 'boomify'), invocation: 'call', statusArguments: [{ index: 1, init: true }], initProperties: STATUS_CODE_INIT },
    { kind: 'error', source: moduleSource(BOOM_MODULES, 'Boom', 'boomify'), invocation: 'call', statusArguments: [{ index: 1, init: true }], initProperties: STATUS_CODE_INIT },
  ],
});
