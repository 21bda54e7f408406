// ESLint with typescript-eslint's type-aware rules; Prettier owns layout, so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'client/dist/', '.cache/', 'coverage/', 'bench/out/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },
  { files: ['client/src/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
