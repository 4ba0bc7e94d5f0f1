import { graphql } from '@/gql'

export const AlertRowFields = graphql(`
  fragment AlertRowFields on Alert {
    id
    kind
    severity
    status
    villageCode
    raisedAt
    lastTriggeredAt
    triggerCount
    detail
    assignee
    acknowledgedAt
    onSiteAt
    resolvedAt
    outcome
    followedUpAt
    escalationLevel
    version
    elder { id name }
    device { id serial type }
  }
`)

export const ConsoleAlerts = graphql(`
  query ConsoleAlerts($filter: AlertFilter) {
    alerts(first: 100, filter: $filter, orderBy: URGENCY) {
      totalCount
      nodes { ...AlertRowFields }
    }
  }
`)

export const AlertChanged = graphql(`
  subscription AlertChanged($within: String) {
    alertChanged(within: $within) {
      action
      alert { ...AlertRowFields }
    }
  }
`)

export const RegionNames = graphql(`
  query EldercareRegionNames($within: String!) {
    regions(filter: { within: $within, levels: [TOWNSHIP, VILLAGE] }, first: 100, orderBy: CODE_ASC) {
      nodes { code name }
    }
  }
`)

export const AlertDetail = graphql(`
  query AlertDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Alert {
        ...AlertRowFields
        closedAt
        steps { action at actor note contactPosition callResult }
        device { id serial type online battery lastSeenAt }
        elder {
          id
          name
          gender
          birthDate
          phone
          address
          villageCode
          livingSituation
          riskLevel
          healthNotes
          lastMotionAt
          lastDoorOpenAt
          callTree { position relation name phone }
          visitMode { id reason expiresAt author }
          grid { id code name }
        }
      }
    }
  }
`)

export const AcknowledgeAlert = graphql(`
  mutation AcknowledgeAlert($input: AlertStepInput!) {
    acknowledgeAlert(input: $input) { alert { id status version } }
  }
`)

export const ArriveOnSite = graphql(`
  mutation ArriveOnSite($input: AlertStepInput!) {
    arriveOnSite(input: $input) { alert { id status version } }
  }
`)

export const ResolveAlert = graphql(`
  mutation ResolveAlert($input: ResolveAlertInput!) {
    resolveAlert(input: $input) { alert { id status version } }
  }
`)

export const FollowUpAlert = graphql(`
  mutation FollowUpAlert($input: AlertStepInput!) {
    followUpAlert(input: $input) { alert { id status version } }
  }
`)

export const CloseAlert = graphql(`
  mutation CloseAlert($input: AlertStepInput!) {
    closeAlert(input: $input) { alert { id status version } }
  }
`)

export const LogAlertCall = graphql(`
  mutation LogAlertCall($input: LogAlertCallInput!) {
    logAlertCall(input: $input) { alert { id status version } }
  }
`)

export const EldersPage = graphql(`
  query EldersPage($first: Int, $after: String, $filter: ElderFilter) {
    elders(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        gender
        birthDate
        phone
        address
        villageCode
        livingSituation
        riskLevel
        lastMotionAt
        departedOn
        anonymisedAt
        version
        devices { id serial type online battery lastSeenAt lastHeartbeatAt installedOn }
        openAlerts { id kind severity status }
        visitMode { id reason author startsAt expiresAt version }
        grid { id code name }
      }
    }
  }
`)

export const UpdateElderGrid = graphql(`
  mutation UpdateElderGrid($input: UpdateElderInput!) {
    updateElder(input: $input) { elder { id version grid { id code name } } }
  }
`)

export const StartVisitMode = graphql(`
  mutation StartVisitMode($input: StartVisitModeInput!) {
    startVisitMode(input: $input) { visitMode { id expiresAt version } }
  }
`)

export const AnonymiseElder = graphql(`
  mutation AnonymiseElder($input: AnonymiseElderInput!) {
    anonymiseElder(input: $input) { elder { id name version anonymisedAt } }
  }
`)

export const EndVisitMode = graphql(`
  mutation EndVisitMode($input: EndVisitModeInput!) {
    endVisitMode(input: $input) { visitMode { id endedAt version } }
  }
`)

export const AlertKpis = graphql(`
  query AlertKpis($within: String, $from: DateTime, $to: DateTime) {
    alertKpis(within: $within, from: $from, to: $to) {
      total
      byKind { kind count }
      byOutcome { outcome count }
      acknowledgeSeconds { count p50 p90 p95 p99 }
      onSiteSeconds { count p50 p90 p95 p99 }
      falseAlarmRate
      slaByTownship { townshipCode alerts acknowledgedInTime onSiteInTime escalated }
      deviceHealth { total online offline lowBattery unknownSerials }
      asOf
    }
  }
`)
