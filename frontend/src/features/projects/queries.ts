import { graphql } from '@/gql'

export const ProjectList = graphql(`
  query ProjectList($filter: ProjectFilter, $orderBy: ProjectSort, $first: Int, $after: String) {
    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name category status year owner ownerRegionCode overdue reportedThrough createdAt
        budgetTotal disbursedTotal paidTotal
        villages { villageCode village { code name } }
        progressReports { percentDone }
      }
    }
  }
`)

export const ProjectTotals = graphql(`
  query ProjectTotals($filter: ProjectFilter) {
    projectStats(groupBy: YEAR, filter: $filter) { key projects budget disbursed paid overdue completed asOf }
  }
`)

export const ProjectDetail = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id name category owner ownerRegionCode description year status statusReason published
      plannedStart plannedEnd actualStart actualEnd overdue reportedThrough version createdAt updatedAt
      budgetTotal disbursedTotal paidTotal
      villages { villageCode share village { code name } }
      funding { source budget disbursed paid }
      fundMovements { kind source amount movedOn payee { kind name } voucherNo note recordedBy recordedAt }
      progressReports {
        id periodStart periodEnd percentDone moneySpent narrative reportedBy version createdAt
        evidence { id fileName contentType sizeBytes url uploadedBy uploadedAt }
      }
      transitions { from to reason actor occurredAt }
      bondStages { stage happenedOn amount note recordedBy }
    }
  }
`)

export const FinalAccountsQuery = graphql(`
  query ProjectFinalAccounts($projectId: ID!) {
    finalAccounts(projectId: $projectId) {
      budgetTotal disbursedTotal paidTotal reportedSpending
      funding { source budget disbursed paid }
      progressReports { id }
      evidence { id }
      gaps { kind message }
    }
  }
`)

export const ChangeStatus = graphql(`
  mutation ChangeProjectStatus($input: ChangeProjectStatusInput!) {
    changeProjectStatus(input: $input) { project { id status statusReason version } }
  }
`)

export const ReviseBudget = graphql(`
  mutation ReviseProjectBudget($input: ReviseProjectBudgetInput!) {
    reviseProjectBudget(input: $input) { project { id version budgetTotal } }
  }
`)

export const RecordFundMovement = graphql(`
  mutation RecordFundMovement($input: RecordFundMovementInput!) {
    recordFundMovement(input: $input) {
      movement { kind amount voucherNo }
      funding { source budget disbursed paid }
    }
  }
`)

export const RecordBondStage = graphql(`
  mutation RecordBondStage($input: RecordBondStageInput!) {
    recordBondStage(input: $input) { stage { stage happenedOn } }
  }
`)

export const SubmitProgressReport = graphql(`
  mutation SubmitProgressReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) { report { id periodStart version } }
  }
`)
