import { graphql } from '@/gql'

/** The escort tab: commissioner, milestones, the project's matters, site checks and the risk register. */
export const ProjectEscort = graphql(`
  query ProjectEscort($id: ID!) {
    project(id: $id) {
      id ownerRegionCode
      escort {
        version escortedBy since
        commissioner { username name }
        milestones { id position name deadline responsible doneOn overdue version overdueMatter { id number status } }
      }
      matters { id number kind title status reportedAt overdue owner { name } }
      siteChecks { id checkedOn checkers summary recordedBy findings { id number title status deadline owner { name } } }
      riskPoints { id description level measures { id what who status } }
    }
  }
`)

export const ReportProjectProblem = graphql(`
  mutation ReportProjectProblem($input: ReportMatterInput!) {
    reportMatter(input: $input) { matter { id number } }
  }
`)

export const RecordSiteCheck = graphql(`
  mutation RecordSiteCheck($input: RecordSiteCheckInput!) {
    recordSiteCheck(input: $input) { siteCheck { id findings { id number } } }
  }
`)
