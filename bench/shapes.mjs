// The four shapes of issue 12: a GraphQL document for Xiangli, the equivalent for PostGraphile
// (aliased to Xiangli's names), the limit server's path, and how to read the rows out of each answer
// so the check compares like with like. Codes are the generator's first county and township.
export const COUNTY = '339001';
export const TOWNSHIP = '339001100';

const unwrap = value => Array.isArray(value) ? value.map(unwrap)
  : value && typeof value === 'object'
    ? (Object.keys(value).length === 1 && 'nodes' in value ? unwrap(value.nodes)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrap(v)])))
    : value;

export const shapes = [
  {
    name: 'villages',
    title: '20 villages of a township',
    xiangli: `{ regions(first: 20, filter: {parentCode: "${TOWNSHIP}"}) { nodes { code name population households } } }`,
    postgraphile: `{ region: regionByCode(code: "${TOWNSHIP}") { regions: regionsByParentId(first: 20, orderBy: CODE_ASC) { nodes { code name population households } } } }`,
    rows: { xiangli: d => unwrap(d.regions), postgraphile: d => unwrap(d.region.regions) },
  },
  {
    name: 'tree',
    title: 'townships of a county with their villages',
    xiangli: `{ region(code: "${COUNTY}") { children { code name children { code name } } } }`,
    postgraphile: `{ region: regionByCode(code: "${COUNTY}") { children: regionsByParentId(orderBy: CODE_ASC) { nodes { code name children: regionsByParentId(orderBy: CODE_ASC) { nodes { code name } } } } } }`,
    rows: { xiangli: d => d.region.children, postgraphile: d => unwrap(d.region.children) },
  },
  {
    name: 'projects',
    title: "a county's projects by status, first 20, totalCount",
    xiangli: `{ projects(first: 20, filter: {within: "${COUNTY}", statuses: [IN_PROGRESS]}) { totalCount nodes { name status category year ownerRegionCode budgetTotal } } }`,
    postgraphile: `{ projects: allProjects(first: 20, condition: {countyCode: "${COUNTY}", status: "IN_PROGRESS"}, orderBy: PRIMARY_KEY_DESC) { totalCount nodes { name status category year ownerRegionCode: regionCode budgetTotal } } }`,
    rows: { xiangli: d => d.projects, postgraphile: d => d.projects },
  },
  {
    name: 'talents',
    title: 'townships → villages → hometown talents',
    xiangli: `{ region(code: "${COUNTY}") { children { code children { code hometownTalents { birthYear category whereabouts industry } } } } }`,
    postgraphile: `{ region: regionByCode(code: "${COUNTY}") { children: regionsByParentId(orderBy: CODE_ASC) { nodes { code children: regionsByParentId(orderBy: CODE_ASC) { nodes { code hometownTalents: talentsByRegionId(orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { birthYear category whereabouts industry } } } } } } } }`,
    rows: { xiangli: d => d.region.children, postgraphile: d => unwrap(d.region.children) },
  },
];

/** Rows in an answer, counted over every list at any depth (the objects a client receives). */
export function countRows(value) {
  if (Array.isArray(value)) return value.length + value.reduce((s, v) => s + countRows(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((s, v) => s + countRows(v), 0);
  return 0;
}
