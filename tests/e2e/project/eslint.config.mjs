import httpStatus from 'eslint-plugin-http-status';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  httpStatus.configs.recommended,
];
