import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation and fragment written with `graphql(...)` from src/gql
// (or in a src/**/*.graphql file). Run `pnpm --filter @atlas/dashboard codegen` after the schema changes.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx,graphql}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      // Apollo Client masks fragments at run time (dataMasking in src/lib/apollo.ts);
      // codegen only shapes the types to match, see src/lib/apollo-masking.d.ts.
      presetConfig: { fragmentMasking: false },
      config: {
        customDirectives: { apolloUnmask: true },
        inlineFragmentTypes: 'mask',
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
