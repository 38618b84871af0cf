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
      // Data masking is off (src/lib/apollo.ts): a query's type holds every field of the fragments
      // it spreads, so a component reads its fragment's fields straight from the query's data.
      presetConfig: { fragmentMasking: false },
      config: {
        inlineFragmentTypes: 'combine',
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        // All arrive as strings: `Date` as YYYY-MM-DD, `DateTime` as ISO 8601 at UTC, `Decimal` exact
        // ("4000000.00"; parse with lib/format). `JSONObject` (a history snapshot) stays unknown: read it with care.
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
