import { graphql } from '@/gql'

export const TalentRowFields = graphql(`
  fragment TalentRowFields on Talent {
    id
    name
    hometownCode
    hometown { code name }
    category
    whereabouts
    industry
    organisation
    title
    contact { phone }
    tags
    updatedAt
  }
`)

export const TalentList = graphql(`
  query TalentList($filter: TalentFilter, $orderBy: TalentSort, $first: Int, $after: String) {
    talents(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...TalentRowFields }
    }
  }
`)

export const TalentSearch = graphql(`
  query TalentSearch($query: String!, $filter: TalentFilter, $first: Int, $after: String) {
    searchTalents(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { score node { ...TalentRowFields } }
    }
  }
`)

export const TalentTotalsQuery = graphql(`
  query TalentTotals($within: String) {
    talentTotals(within: $within) {
      townshipCode
      township { code name }
      category
      people
      pledgedInvestment
      realisedInvestment
      donations
      jobsCreated
      asOf
    }
  }
`)

export const TalentAssociationList = graphql(`
  query TalentAssociationList($within: String, $first: Int, $after: String) {
    talentAssociations(within: $within, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        kind
        regionCode
        region { code name }
        foundedOn
        description
        members {
          role
          joinedOn
          talent { id name hometown { name } }
        }
      }
    }
  }
`)

export const TalentImportProgress = graphql(`
  query TalentImportProgress($id: ID!) {
    talentImport(id: $id) {
      id
      status
      fileName
      validateOnly
      mode
      totalRows
      processedRows
      createdRows
      updatedRows
      errorCount
      errors { row column message }
      failure
      startedAt
      finishedAt
    }
  }
`)

export const TalentProfile = graphql(`
  query TalentProfile($id: ID!) {
    node(id: $id) {
      __typename
      ... on Talent {
        id
        name
        gender
        birthYear
        hometownCode
        hometown { code name }
        whereabouts
        category
        industry
        organisation
        title
        contact { phone email address }
        consent { givenOn scope }
        tags
        notes
        demo
        anonymisedAt
        memberships { role joinedOn association { id name kind } }
        contributions { ...LedgerEntryFields }
        publicIntroduction
        visitSchedules { ...VisitScheduleFields }
        visits { ...VisitFields }
        totals {
          pledgedInvestment
          realisedInvestment
          donations
          jobsCreated
          peopleReached
          referrals
          entries
        }
        version
        updatedAt
      }
    }
  }
`)

export const LedgerEntryFields = graphql(`
  fragment LedgerEntryFields on TalentContribution {
    id
    kind
    occurredOn
    pledgedAmount
    realisedAmount
    donatedAmount
    jobsCreated
    peopleReached
    serviceKind
    purpose
    referred
    beneficiaryCode
    beneficiary { code name }
    projectId
    projectName
    description
    stage
    signedOn
    landedOn
    producingOn
    version
    createdAt
  }
`)

export const RecordContribution = graphql(`
  mutation RecordTalentContribution($input: RecordTalentContributionInput!) {
    recordTalentContribution(input: $input) {
      contribution { ...LedgerEntryFields }
    }
  }
`)

export const ProjectOptions = graphql(`
  query TalentProjectOptions($filter: ProjectFilter) {
    projects(filter: $filter, first: 20, orderBy: NAME_ASC) {
      nodes { id name }
    }
  }
`)

export const WithdrawTalentConsent = graphql(`
  mutation WithdrawTalentConsent($input: WithdrawTalentConsentInput!) {
    withdrawTalentConsent(input: $input) { talent { id version consent { givenOn scope } contact { phone email address } } }
  }
`)

export const AnonymiseTalent = graphql(`
  mutation AnonymiseTalent($input: AnonymiseTalentInput!) {
    anonymiseTalent(input: $input) { talent { id name version anonymisedAt } }
  }
`)

export const VisitScheduleFields = graphql(`
  fragment VisitScheduleFields on TalentVisitSchedule {
    id
    visitorRole
    visitorName
    everyDays
    lastVisitedOn
    nextDueOn
    overdueDays
    version
  }
`)

export const VisitFields = graphql(`
  fragment VisitFields on TalentVisit {
    id
    visitedOn
    visitorRole
    visitorName
    askedFor
    needsAction
    recordedBy
  }
`)

export const LogTalentVisit = graphql(`
  mutation LogTalentVisit($input: LogTalentVisitInput!) {
    logTalentVisit(input: $input) { visit { ...VisitFields } }
  }
`)

export const ScheduleTalentVisits = graphql(`
  mutation ScheduleTalentVisits($input: ScheduleTalentVisitsInput!) {
    scheduleTalentVisits(input: $input) { schedule { ...VisitScheduleFields } }
  }
`)

export const AdvanceTalentInvestment = graphql(`
  mutation AdvanceTalentInvestment($input: AdvanceTalentInvestmentInput!) {
    advanceTalentInvestment(input: $input) { contribution { ...LedgerEntryFields } }
  }
`)

export const TalentPipelineQuery = graphql(`
  query TalentInvestmentPipeline($within: String) {
    talentInvestmentPipeline(within: $within) { stage investments pledged realised jobsCreated }
  }
`)

export const TalentVisitsDue = graphql(`
  query TalentVisitsDue($within: String, $withinDays: Int, $first: Int, $after: String) {
    talentVisitsDue(within: $within, withinDays: $withinDays, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...VisitScheduleFields talent { id name hometown { code name } } }
    }
  }
`)
