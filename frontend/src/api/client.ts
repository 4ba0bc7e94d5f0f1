import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core'
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws'
import { reactive, readonly } from 'vue'
import { graphqlHttpUrl, graphqlWsUrl } from '@/config'
import { currentToken, session } from '@/auth/session'

export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'closed'

const link = reactive({
  state: 'closed' as LinkState,
  /** Increments on every (re)connection after the first: live views catch up when it moves. */
  reconnects: 0,
  lastClose: null as string | null,
})

/** The live (graphql-ws) connection's state, shown in the header. */
export const liveLink = readonly(link)

let ws: WsClient | null = null
let everConnected = false

function wsClient(): WsClient {
  if (ws) return ws
  ws = createWsClient({
    url: graphqlWsUrl(),
    lazy: true,
    // moving from one live view to the next must not look like a lost connection
    lazyCloseTimeout: 10_000,
    keepAlive: 20_000,
    retryAttempts: Infinity,
    // reconnect on every close but a refused token (4401 is retried with a fresh one)
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 15_000)))
    },
    connectionParams: async () => {
      const token = await currentToken()
      return token ? { Authorization: `Bearer ${token}` } : {}
    },
    on: {
      connecting: () => {
        link.state = everConnected ? 'reconnecting' : 'connecting'
      },
      connected: () => {
        if (everConnected) link.reconnects++
        everConnected = true
        link.state = 'connected'
      },
      closed: (event) => {
        const close = event as CloseEvent | undefined
        link.lastClose = close?.reason || (close?.code ? String(close.code) : null)
        link.state = everConnected ? 'reconnecting' : 'closed'
      },
    },
  })
  return ws
}

/** Closes the live connection (after logout, or to force a reconnect with a new token). */
export function closeLive(): void {
  ws?.dispose()
  ws = null
  everConnected = false
  link.state = 'closed'
}

export const client = new Client({
  url: graphqlHttpUrl(),
  // the network is the truth for a dashboard of live records; urql's document cache only dedupes
  requestPolicy: 'cache-and-network',
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query || '' }
        return {
          subscribe(sink) {
            const unsubscribe = wsClient().subscribe(input, sink)
            return { unsubscribe }
          },
        }
      },
    }),
    fetchExchange,
  ],
  fetchOptions: () => ({ headers: { Accept: 'application/graphql-response+json, application/json' } }),
  fetch: async (input, init) => {
    const headers = new Headers(init?.headers)
    if (session.authenticated) {
      const token = await currentToken()
      if (token) headers.set('Authorization', `Bearer ${token}`)
    }
    return fetch(input, { ...init, headers })
  },
})
