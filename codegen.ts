import type { CodegenConfig } from '@graphql-codegen/cli';

// One config, one target per consumer: every client operation is a typed document.
const scalars = { DateTime: 'string', JSON: 'unknown', Seq: 'number' };

const config: CodegenConfig = {
  schema: './schema.graphql',
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    './web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars },
    },
    './cli/src/gql/': {
      preset: 'client',
      documents: ['cli/src/**/*.ts', '!cli/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars, documentMode: 'string' },
    },
    './test/gql/': {
      preset: 'client',
      documents: ['test/**/*.ts', 'bench/**/*.ts', '!test/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars, documentMode: 'string' },
    },
  },
};

export default config;
