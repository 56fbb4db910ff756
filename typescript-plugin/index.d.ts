import init = require('../dist/src/typescript-plugin/index.js');
export = init;
