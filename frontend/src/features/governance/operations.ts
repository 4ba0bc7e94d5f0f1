import { graphql } from '@/gql'

export const MatterRowFields = graphql(`
  fragment MatterRowFields on Matter {
    id
    number
    kind
    title
    status
    regionCode
    region { code name }
    grid { id code name }
    reportedBy
    reportedAt
    owner { kind reference name }
    deadline
    overdue
    escalationLevel
    doneAt
    closedAt
    version
  }
`)

export const MatterBoard = graphql(`
  query MatterBoard($first: Int, $after: String, $filter: MatterFilter) {
    matters(first: $first, after: $after, filter: $filter, orderBy: URGENCY) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...MatterRowFields }
    }
  }
`)

export const MatterKpis = graphql(`
  query MatterKpis($within: String, $from: DateTime) {
    matterKpis(within: $within, from: $from) {
      total
      closed
      onTimeClosureRate
      medianSecondsToClose
      overdueNow
      byKind { kind count }
      byRegion { region { code name } count closed overdue }
    }
  }
`)

export const MatterChanged = graphql(`
  subscription MatterChanged($within: String) {
    matterChanged(within: $within) {
      action
      matter { ...MatterRowFields }
    }
  }
`)

export const MatterDetail = graphql(`
  query MatterDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Matter {
        ...MatterRowFields
        description
        location { lat lng }
        project { id name }
        photos { id url takenAt uploadedAt uploadedBy }
        history { action at actor note }
      }
    }
  }
`)

export const GridOptions = graphql(`
  query MatterGridOptions($within: String) {
    grids(first: 100, filter: { within: $within }) {
      nodes { id code name size region { code name } }
    }
  }
`)

export const MyMatters = graphql(`
  query MyMatters($me: String!) {
    owned: matters(first: 50, filter: { owner: $me, statuses: [] }, orderBy: NEWEST) {
      nodes { ...MatterRowFields }
    }
    reported: matters(first: 50, filter: { reportedBy: $me, statuses: [] }, orderBy: NEWEST) {
      nodes { ...MatterRowFields }
    }
  }
`)

export const ReportMatter = graphql(`
  mutation ReportMatter($input: ReportMatterInput!) {
    reportMatter(input: $input) { matter { ...MatterRowFields } }
  }
`)

export const DispatchMatter = graphql(`
  mutation DispatchMatter($input: DispatchMatterInput!) {
    dispatchMatter(input: $input) { matter { ...MatterRowFields } }
  }
`)

export const AcceptMatter = graphql(`
  mutation AcceptMatter($input: MatterStepInput!) {
    acceptMatter(input: $input) { matter { ...MatterRowFields } }
  }
`)

export const CompleteMatter = graphql(`
  mutation CompleteMatter($input: CompleteMatterInput!) {
    completeMatter(input: $input) { matter { ...MatterRowFields } }
  }
`)

export const ConfirmMatter = graphql(`
  mutation ConfirmMatter($input: MatterStepInput!) {
    confirmMatter(input: $input) { matter { ...MatterRowFields } }
  }
`)

export const ReturnMatter = graphql(`
  mutation ReturnMatter($input: ReturnMatterInput!) {
    returnMatter(input: $input) { matter { ...MatterRowFields } }
  }
`)

export const DispatchOwners = graphql(`
  query MatterDispatchOwners($within: String) {
    grids(first: 100, filter: { within: $within }) {
      nodes { id name region { code name } workers { username name employment active } }
    }
  }
`)
