import { Client, cacheExchange, fetchExchange } from '@urql/core'
import { graphqlHttpUrl } from '@/config'

/**
 * The village page asks as the public does, without a token, whoever opens it: a signed-in official
 * sees exactly what villagers see (published records only), never more.
 */
export const publicClient = new Client({
  url: graphqlHttpUrl(),
  requestPolicy: 'cache-and-network',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { headers: { Accept: 'application/graphql-response+json, application/json' } },
})
