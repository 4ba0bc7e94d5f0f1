import { createElement as h, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { GraphiQL } from 'graphiql'
import { createGraphiQLFetcher } from '@graphiql/toolkit'
import { createClient } from 'graphql-ws'
import 'graphiql/graphiql.min.css'
import './explorer.css'
import { appUrl, graphqlHttpUrl, graphqlWsUrl } from '@/config'
import { currentToken, login, session, startSession } from '@/auth/session'
import { en, zh } from '@/features/explorer/messages'

/**
 * The API explorer: GraphiQL from the npm packages (nothing from a CDN), signed in silently with the
 * dashboard's Keycloak session; every request carries the user's current token.
 */
const words = (localStorage.getItem('xiangli.locale') === 'en' ? en : zh).page
document.documentElement.lang = localStorage.getItem('xiangli.locale') === 'en' ? 'en' : 'zh-CN'

const authorised = async (): Promise<Record<string, string>> => {
  const token = await currentToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

const fetcher = createGraphiQLFetcher({
  url: graphqlHttpUrl(),
  fetch: async (input, init) => {
    const headers = new Headers(init?.headers)
    for (const [k, v] of Object.entries(await authorised())) headers.set(k, v)
    return fetch(input, { ...init, headers })
  },
  wsClient: createClient({ url: graphqlWsUrl(), lazy: true, connectionParams: authorised }),
})

const params = new URLSearchParams(window.location.search)

/** Keeps the query in the address, so a query can be shared as a link (`?query=`). */
function remember(name: 'query' | 'variables', value: string | undefined): void {
  const next = new URLSearchParams(window.location.search)
  if (value) next.set(name, value)
  else next.delete(name)
  history.replaceState(null, '', `${window.location.pathname}?${next.toString()}`)
}

function Bar() {
  return h(
    'header',
    { className: 'xl-bar' },
    h('a', { href: appUrl('api') }, `← ${words.back}`),
    h('span', { className: 'xl-spacer' }),
    session.authenticated
      ? h('span', { 'data-test': 'explorer-user' }, words.signedInAs.replace('{name}', `${session.displayName ?? ''} (${session.username ?? ''})`))
      : h(
          'span',
          null,
          h('span', { className: 'xl-muted' }, words.anonymous),
          h('button', { type: 'button', onClick: () => void login() }, words.signIn),
        ),
  )
}

function Explorer() {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    void startSession().then(() => setReady(true))
  }, [])
  if (!ready) return h('p', { className: 'xl-loading', role: 'status' }, words.loading)
  return h(
    'div',
    { className: 'xl-explorer' },
    h(Bar),
    h(
      'main',
      { className: 'xl-graphiql' },
      h(GraphiQL, {
        fetcher,
        query: params.get('query') ?? undefined,
        variables: params.get('variables') ?? undefined,
        onEditQuery: (q: string) => remember('query', q),
        onEditVariables: (v: string) => remember('variables', v),
        defaultEditorToolsVisibility: params.has('variables'),
      }, h(GraphiQL.Logo, null, words.logo)),
    ),
  )
}

/** CodeMirror's input areas carry no name: give each editor's the name of its pane. */
function labelEditors(): void {
  const panes: [string, string][] = [
    ['.graphiql-query-editor', words.editors.query],
    ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', words.editors.variables],
    ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', words.editors.headers],
    ['.graphiql-response', words.editors.response],
  ]
  for (const [pane, label] of panes) {
    document.querySelectorAll(`${pane} textarea:not([aria-label])`).forEach((t) => t.setAttribute('aria-label', label))
  }
}
new MutationObserver(labelEditors).observe(document.body, { childList: true, subtree: true })

createRoot(document.getElementById('explorer')!).render(h(Explorer))
