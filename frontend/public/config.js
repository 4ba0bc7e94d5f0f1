// Run-time settings of the dashboard. The API replaces this file with one built from its own
// configuration; behind another web server, edit it there (no rebuild needed).
window.XIANGLI_CONFIG = {
  // GraphQL endpoint, relative to the dashboard's address or absolute.
  graphql: 'graphql',
  keycloak: { url: 'http://127.0.0.1:8180', realm: 'xiangli', clientId: 'xiangli-dashboard' },
}
