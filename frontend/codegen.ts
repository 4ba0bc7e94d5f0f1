import type { CodegenConfig } from '@graphql-codegen/cli'

// Operation types from the schema the API serves (../schema is its single source). The build
// fails when an operation in src/ no longer matches it.
const config: CodegenConfig = {
  schema: '../schema/*.graphqls',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', Upload: 'File' },
        skipTypename: false,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
}
export default config
