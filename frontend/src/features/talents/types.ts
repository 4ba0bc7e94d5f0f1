import type { TalentRowFieldsFragment } from '@/gql/graphql'

/** A row of the registry table: a talent, with its relevance when it is a search hit. */
export type TalentRow = TalentRowFieldsFragment & { score?: number }
