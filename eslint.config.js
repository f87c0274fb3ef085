import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The S3 packages and the signer the files client uses: only functions/shared/s3-client.ts (behind functions/gateways/files.ts) imports them. */
const s3Packages = {
  group: ['@aws-sdk/client-s3', '@aws-sdk/s3-presigned-post', '@aws-sdk/s3-request-presigner', 'aws4fetch'],
  message: 'The files bucket is reached through functions/gateways/files.ts.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ScanCommand']", message: 'Every read is a GetItem or a Query: no Scan.' },
      ],
    },
  },
  {
    // What a function imports is what every cold start pays for (npm run bench:cold).
    files: ['functions/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ScanCommand']", message: 'Every read is a GetItem or a Query: no Scan.' },
        {
          selector: "ImportDeclaration[importKind='value'][source.value='zod']",
          message: "Use zod/mini (import * as z from 'zod/mini'): classic zod's schemas cost far more CPU to build at cold start.",
        },
        {
          selector: "ImportDeclaration[source.value=/^zod/] > :matches(ImportDefaultSpecifier, ImportSpecifier[imported.name='z'])",
          message: "Import the namespace (import * as z from 'zod/mini'): the `z` object drags every locale into the bundle.",
        },
      ],
    },
  },
  {
    // All table access goes through functions/data/ (repositories by access pattern, item modules that parse what they read).
    // Likewise the files bucket: only through functions/gateways/files.ts (its client made in functions/shared/s3-client.ts).
    files: ['functions/**/*.ts'],
    ignores: ['functions/data/**', 'functions/shared/clients.ts', 'functions/shared/s3-client.ts', 'functions/gateways/files.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@aws-sdk/lib-dynamodb', '@aws-sdk/client-dynamodb', '@aws-sdk/util-dynamodb'].map((name) => ({
            name,
            message: 'Table access belongs in functions/data/: call a repository function (and add one there if none fits).',
          })),
          patterns: [s3Packages],
        },
      ],
    },
  },
  {
    files: ['functions/data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [s3Packages] }] },
  },
  {
    // Use cases take domain input and return domain results: nothing of HTTP reaches them, and the
    // table only through functions/data/ (this block replaces the one above for these files, so it
    // repeats the DynamoDB packages).
    files: ['functions/use-cases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/api', '**/api/**', '**/shared/http', '**/shared/error-responses', '**/shared/request-errors', 'aws-lambda'], message: 'A use case knows nothing of HTTP: return a domain result and let the route in functions/api/ shape it.' },
            { group: ['@aws-sdk/lib-dynamodb', '@aws-sdk/client-dynamodb', '@aws-sdk/util-dynamodb'], message: 'Table access lives in functions/data/.' },
            s3Packages,
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no AWS, no configuration, nothing of the layers that call it.
    files: ['functions/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@aws-sdk/*', '@aws-lambda-powertools/*', 'aws-lambda'], message: 'The domain imports no AWS code.' },
            { group: ['**/api/**', '**/shared/**', '**/data/**', '**/use-cases/**', '**/providers/**', '**/notifications/**'], message: 'The domain depends on nothing outside functions/domain/.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The domain reads no configuration: its callers pass what it needs.' }],
    },
  },
  {
    // Tests read JSON responses whose shape is what they assert.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
