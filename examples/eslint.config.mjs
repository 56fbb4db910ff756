// The plugin as built from this repository (`npm run build`); in your project this is
// `import httpStatus from 'eslint-plugin-http-status'`.
import httpStatus from '../dist/src/index.js';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  httpStatus.configs.recommended,
];
