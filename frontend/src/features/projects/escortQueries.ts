import { graphql } from '@/gql'

/** The escort tab: commissioner, milestones, the project's matters, site checks and the risk register. */
export const ProjectEscort = graphql(`
  query ProjectEscort($id: ID!) {
    project(id: $id) {
      id ownerRegionCode category
      escort {
        version escortedBy since
        commissioner { username name }
        milestones { ...MilestoneFields }
      }
      matters { id number kind title status reportedAt overdue owner { name } }
      siteChecks { id checkedOn checkers summary recordedBy findings { id number title status deadline owner { name } } }
      riskPoints { ...RiskPointFields }
    }
  }
`)

export const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone { id position name deadline responsible doneOn overdue version overdueMatter { id number status } }
`)

export const RiskPointFields = graphql(`
  fragment RiskPointFields on RiskPoint { id description level version measures { id what who status version } }
`)

export const EscortProject = graphql(`
  mutation EscortProject($input: EscortProjectInput!) {
    escortProject(input: $input) { project { id escort { version commissioner { username name } milestones { ...MilestoneFields } } } }
  }
`)

export const UpdateMilestone = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) { milestone { ...MilestoneFields } }
  }
`)

export const CompleteMilestone = graphql(`
  mutation CompleteMilestone($input: CompleteMilestoneInput!) {
    completeMilestone(input: $input) { milestone { ...MilestoneFields } }
  }
`)

export const AddRiskPoint = graphql(`
  mutation AddRiskPoint($input: AddRiskPointInput!) {
    addRiskPoint(input: $input) { riskPoint { ...RiskPointFields } }
  }
`)

export const AddControlMeasure = graphql(`
  mutation AddControlMeasure($input: AddControlMeasureInput!) {
    addControlMeasure(input: $input) { measure { id what who status version } }
  }
`)

export const UpdateControlMeasure = graphql(`
  mutation UpdateControlMeasure($input: UpdateControlMeasureInput!) {
    updateControlMeasure(input: $input) { measure { id status version } }
  }
`)

export const MilestoneTemplates = graphql(`
  query MilestoneTemplates($county: String) {
    milestoneTemplates(county: $county) { id county category version steps { name offsetDays } }
  }
`)

export const SetMilestoneTemplate = graphql(`
  mutation SetMilestoneTemplate($input: SetMilestoneTemplateInput!) {
    setMilestoneTemplate(input: $input) { template { id county category version steps { name offsetDays } } }
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
