/** Words of the API view and the API explorer (explorer.html reads them without vue-i18n). */
export const zh = {
  title: 'API 接口',
  intro: '乡里的全部数据通过一个 GraphQL 接口开放，字段说明见接口文档（在浏览器中打开 API 浏览器即可查看）。每个调用方只能读取其角色和管辖区域允许的数据，个人信息按角色脱敏。',
  explorer: {
    title: 'API 浏览器（GraphiQL）', text: '在浏览器中编写和运行查询，自动带上您的登录身份，可查看完整的字段文档。',
    open: '打开 API 浏览器',
  },
  endpoints: {
    title: '接口地址', http: 'GraphQL（HTTP POST 或 GET）', ws: '实时订阅（graphql-ws）',
    wsNote: '订阅在 connection_init 消息的 payload 中以 Authorization 字段携带 “Bearer 令牌”，不要把令牌放在地址里。',
    token: '令牌地址（OpenID Connect）',
  },
  integrators: {
    title: '第三方系统接入：获取令牌（client credentials）',
    text: '接入系统使用平台管理员分配的客户端编号和密钥，以 client_credentials 方式向统一身份认证获取令牌，然后在每个请求的 Authorization 头中携带。令牌过期（见 expires_in 秒）后重新获取即可。',
    note: '示例中的 demo-integrator 仅用于演示环境；正式环境的客户端和密钥请向平台管理员申请，密钥不要写进前端代码或提交到代码库。',
    limits: '接入账号的查询复杂度上限低于普通用户，超出每分钟请求次数时返回 429 并给出 Retry-After。',
  },
  token: {
    title: '我的访问令牌', text: '当前登录用户的令牌，可粘贴到脚本或其他工具的 Authorization 头中调试，有效期至 {at}。请勿分享给他人：持有令牌即可以您的身份访问数据。',
    label: '当前访问令牌', show: '显示令牌', hide: '隐藏令牌', copy: '复制令牌', copied: '令牌已复制', copyFailed: '无法访问剪贴板，请手动选中复制',
    refresh: '刷新令牌', unavailable: '登录已过期，无法取得令牌，请重新登录。',
  },
  copyExample: '复制示例', exampleCopied: '示例已复制',
  page: {
    back: '返回乡里', signedInAs: '已登录：{name}', anonymous: '未登录：只能查询公开数据，字段文档需要登录', signIn: '登录',
    loading: '正在载入 API 浏览器…', logo: '乡里 API',
    editors: { query: '查询', variables: '变量', headers: '请求头', response: '结果' },
  },
}
export const en: typeof zh = {
  title: 'API',
  intro: 'All of Xiangli’s data is open through one GraphQL API; every field is described in its documentation (open the API explorer to read it). Each caller reads only what its role and region allow, with personal data masked by role.',
  explorer: {
    title: 'API explorer (GraphiQL)', text: 'Write and run queries in the browser, signed in as you, with the full field documentation.',
    open: 'Open the API explorer',
  },
  endpoints: {
    title: 'Endpoints', http: 'GraphQL (HTTP POST or GET)', ws: 'Subscriptions (graphql-ws)',
    wsNote: 'Subscriptions send the token as the Authorization field of the connection_init payload (“Bearer token”), never in the URL.',
    token: 'Token endpoint (OpenID Connect)',
  },
  integrators: {
    title: 'Integrating a system: getting a token (client credentials)',
    text: 'An integrating system uses the client ID and secret the platform admin gives it, gets a token from the identity server with the client_credentials grant, and sends it in the Authorization header of every request. When it expires (after expires_in seconds), get a new one.',
    note: 'demo-integrator exists in the demo realm only; ask the platform admin for a production client and secret, and never put the secret in browser code or a repository.',
    limits: 'Integrator accounts have a lower query-cost limit than users; above the per-minute request limit the API answers 429 with Retry-After.',
  },
  token: {
    title: 'My access token', text: 'The token of the signed-in user, to paste into the Authorization header of a script or tool while debugging; valid until {at}. Do not share it: whoever holds it reads data as you.',
    label: 'Current access token', show: 'Show token', hide: 'Hide token', copy: 'Copy token', copied: 'Token copied', copyFailed: 'The clipboard is not available: select the token and copy it',
    refresh: 'Refresh token', unavailable: 'The session expired and no token is available: sign in again.',
  },
  copyExample: 'Copy example', exampleCopied: 'Example copied',
  page: {
    back: 'Back to Xiangli', signedInAs: 'Signed in: {name}', anonymous: 'Not signed in: public data only; the field documentation needs a sign-in', signIn: 'Sign in',
    loading: 'Loading the API explorer…', logo: 'Xiangli API',
    editors: { query: 'Query', variables: 'Variables', headers: 'Headers', response: 'Result' },
  },
}
