'use strict';
// tsserver resolves plugins with a plain `require` that ignores the `exports` map,
// so the plugin lives in this real folder and forwards to the build.
module.exports = require('../dist/src/typescript-plugin/index.js');
