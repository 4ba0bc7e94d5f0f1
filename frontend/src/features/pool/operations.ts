import { graphql } from '@/gql'

export const PoolRoundFields = graphql(`
  fragment PoolRoundFields on PoolRound {
    id
    countyCode
    year
    name
    opensOn
    closesOn
    open
    budget
    committed
    remaining
    version
    catalogue { id code category name description eligibility subsidyCap }
  }
`)

export const PoolApplicationRow = graphql(`
  fragment PoolApplicationRow on PoolApplication {
    id
    title
    reason
    villageCode
    village { code name }
    catalogueCode
    catalogueItem { id name subsidyCap }
    round { id year name }
    amountAsked
    coFunding
    amountApproved
    status
    decisionReason
    noticeEndsAt
    inNotice
    version
    createdAt
    project { id name }
  }
`)

export const PoolRoundsQuery = graphql(`
  query PoolRounds($countyCode: String) {
    poolRounds(countyCode: $countyCode) { ...PoolRoundFields }
  }
`)

export const PoolApplicationsQuery = graphql(`
  query PoolApplications($first: Int, $after: String, $filter: PoolApplicationFilter) {
    poolApplications(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...PoolApplicationRow }
    }
  }
`)

export const PoolStageCountsQuery = graphql(`
  query PoolStageCounts($roundId: ID!, $within: String, $villageCode: String, $catalogueCode: String) {
    all: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode }) { totalCount }
    submitted: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode, statuses: [SUBMITTED] }) { totalCount }
    returned: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode, statuses: [RETURNED] }) { totalCount }
    recommended: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode, statuses: [RECOMMENDED] }) { totalCount }
    approved: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode, statuses: [APPROVED] }) { totalCount }
    deferred: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode, statuses: [DEFERRED] }) { totalCount }
    rejected: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode, statuses: [REJECTED] }) { totalCount }
    rolledOver: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, villageCode: $villageCode, catalogueCode: $catalogueCode, statuses: [ROLLED_OVER], includeRolledOver: true }) { totalCount }
  }
`)

export const PoolApplicationDetailQuery = graphql(`
  query PoolApplicationDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on PoolApplication {
        ...PoolApplicationRow
        catalogueItem { id name code category subsidyCap eligibility }
        round { id year name remaining open }
        rolledOverFrom { id round { year } }
        rolledOverTo { id round { year } }
        history { applicationId action statusAfter reason noticeEndsAt actor occurredAt }
      }
    }
  }
`)

export const ApplyToPoolMutation = graphql(`
  mutation ApplyToPool($input: ApplyToPoolInput!) {
    applyToPool(input: $input) { application { ...PoolApplicationRow } }
  }
`)

export const ReviseApplicationMutation = graphql(`
  mutation ReviseApplication($input: ReviseApplicationInput!) {
    reviseApplication(input: $input) { application { ...PoolApplicationRow } }
  }
`)

export const ReviewApplicationMutation = graphql(`
  mutation ReviewApplication($input: ReviewApplicationInput!) {
    reviewApplication(input: $input) { application { ...PoolApplicationRow } }
  }
`)

export const DecideApplicationMutation = graphql(`
  mutation DecideApplication($input: DecideApplicationInput!) {
    decideApplication(input: $input) { application { ...PoolApplicationRow round { id committed remaining } } }
  }
`)

export const CreateProjectFromApplicationMutation = graphql(`
  mutation CreateProjectFromApplication($input: CreateProjectFromApplicationInput!) {
    createProjectFromApplication(input: $input) {
      project { id name }
      application { ...PoolApplicationRow }
    }
  }
`)

export const RollOverApplicationsMutation = graphql(`
  mutation RollOverApplications($input: RollOverApplicationsInput!) {
    rollOverApplications(input: $input) {
      rolledOver { id }
      leftBehind { id }
    }
  }
`)
