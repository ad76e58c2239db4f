import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Layer rules from STYLE.md: core is pure; http and cli never reach into db. */
const ban = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const outside = (layers) =>
  layers.map((l) => ({ group: [`**/${l}/**`], message: `This layer may not import ${l}/.` }))
const nodeBuiltins = { group: ['node:*'], message: 'core is pure: no I/O, pass data in.' }
const libs = [
  'pg',
  'kysely',
  'kysely-*',
  'hono',
  'hono/*',
  '@hono/*',
  'zod',
  'react',
  '@electric-sql/*',
  'pino',
  'commander',
].map((name) => ({ group: [name], message: 'core is pure: no frameworks or drivers.' }))

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', '.baton', 'web/dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read the environment only in src/config.ts.',
        },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: ban([nodeBuiltins, ...libs, ...outside(['app', 'db', 'http', 'cli', 'main'])]),
  },
  { files: ['src/app/**/*.ts'], rules: ban(outside(['db', 'http', 'cli', 'main'])) },
  { files: ['src/db/**/*.ts'], rules: ban(outside(['http', 'cli', 'main'])) },
  { files: ['src/http/**/*.ts'], rules: ban(outside(['db', 'cli', 'main'])) },
  { files: ['src/cli/**/*.ts'], rules: ban(outside(['db', 'main'])) },
  // The dashboard talks to the API over HTTP; it may only borrow types from core and http schemas.
  { files: ['web/**/*.{ts,tsx}'], rules: ban(outside(['db', 'app', 'cli', 'main'])) },
  {
    files: ['src/config.ts', 'test/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx', '*.config.*'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Tests wire real databases into any layer and read untyped JSON replies.
  {
    files: ['test/**', '**/*.test.ts'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.mjs', 'bin/**'], ...tseslint.configs.disableTypeChecked },
)
