import { computed, type Ref } from 'vue'
import { useQuery } from '@urql/vue'
import { graphql } from '@/gql'
import type { ProjectStatsGroup } from '@/gql/graphql'

/**
 * The overview's data, one query per block so a failing block leaves the others standing. The KPI
 * row and the chart cards ask the same documents with the same variables: urql sends each once.
 */

const ProjectStats = graphql(`
  query OverviewProjectStats($groupBy: ProjectStatsGroup!, $within: String) {
    projectStats(groupBy: $groupBy, filter: { within: $within }) {
      key projects budget disbursed paid completed completionRate overdue overdueRate asOf
    }
  }
`)

export function useProjectStats(groupBy: Ref<ProjectStatsGroup>, within: Ref<string | null>, enabled: Ref<boolean>) {
  return useQuery({
    query: ProjectStats,
    variables: computed(() => ({ groupBy: groupBy.value, within: within.value })),
    pause: computed(() => !enabled.value),
  })
}

const ProjectStatus = graphql(`
  query OverviewProjectStatus($within: String) {
    projectStats(groupBy: STATUS, filter: { within: $within }) { key projects asOf }
  }
`)

export function useProjectStatus(within: Ref<string | null>, enabled: Ref<boolean>) {
  return useQuery({
    query: ProjectStatus,
    variables: computed(() => ({ within: within.value })),
    pause: computed(() => !enabled.value),
  })
}

const OverdueProjects = graphql(`
  query OverviewOverdueProjects($within: String) {
    projects(first: 6, filter: { within: $within, overdue: true }, orderBy: OLDEST_FIRST) {
      totalCount
      nodes { id name owner reportedThrough }
    }
  }
`)

export function useOverdueProjects(within: Ref<string | null>, enabled: Ref<boolean>) {
  return useQuery({
    query: OverdueProjects,
    variables: computed(() => ({ within: within.value })),
    pause: computed(() => !enabled.value),
  })
}

const PoolRounds = graphql(`
  query OverviewPoolRounds($countyCode: String) {
    poolRounds(countyCode: $countyCode) {
      id countyCode year name open opensOn closesOn budget committed remaining
    }
  }
`)

export function usePoolRounds(countyCode: Ref<string | null>, enabled: Ref<boolean>) {
  return useQuery({
    query: PoolRounds,
    variables: computed(() => ({ countyCode: countyCode.value })),
    pause: computed(() => !enabled.value),
  })
}

const PoolApplications = graphql(`
  query OverviewPoolApplications($roundId: ID!, $within: String) {
    submitted: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, statuses: [SUBMITTED] }) { totalCount }
    returned: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, statuses: [RETURNED] }) { totalCount }
    recommended: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, statuses: [RECOMMENDED] }) { totalCount }
    approved: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, statuses: [APPROVED] }) { totalCount }
    deferred: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, statuses: [DEFERRED] }) { totalCount }
    rejected: poolApplications(first: 0, filter: { roundId: $roundId, within: $within, statuses: [REJECTED] }) { totalCount }
  }
`)

export function usePoolApplications(roundId: Ref<string | null>, within: Ref<string | null>) {
  return useQuery({
    query: PoolApplications,
    variables: computed(() => ({ roundId: roundId.value ?? '', within: within.value })),
    pause: computed(() => !roundId.value),
  })
}

const TalentTotals = graphql(`
  query OverviewTalentTotals($within: String) {
    talentTotals(within: $within) {
      townshipCode township { code name } category people pledgedInvestment realisedInvestment donations jobsCreated asOf
    }
  }
`)

export function useTalentTotals(within: Ref<string | null>, enabled: Ref<boolean>) {
  return useQuery({
    query: TalentTotals,
    variables: computed(() => ({ within: within.value })),
    pause: computed(() => !enabled.value),
  })
}

const Alerts = graphql(`
  query OverviewAlerts($within: String) {
    alertKpis(within: $within) {
      total
      byKind { kind count }
      acknowledgeSeconds { count p50 p90 }
      onSiteSeconds { count p50 p90 }
      falseAlarmRate
      slaByTownship { townshipCode alerts acknowledgedInTime onSiteInTime escalated }
      deviceHealth { total online offline lowBattery }
      asOf
    }
    openAlerts: alerts(first: 0, filter: { within: $within }) { totalCount }
  }
`)

export function useAlerts(within: Ref<string | null>, enabled: Ref<boolean>) {
  return useQuery({
    query: Alerts,
    variables: computed(() => ({ within: within.value })),
    pause: computed(() => !enabled.value),
  })
}

const RegionNames = graphql(`
  query OverviewRegionNames($within: String, $code: String!, $one: Boolean!) {
    regions(first: 100, filter: { within: $within, levels: [COUNTY, TOWNSHIP] }) { nodes { code name } }
    region(code: $code) @include(if: $one) { code name }
  }
`)

/** Names of the counties and townships in view, for chart axes keyed by division code. */
export function useRegionNames(within: Ref<string | null>) {
  const query = useQuery({
    query: RegionNames,
    variables: computed(() => ({ within: within.value, code: within.value ?? '', one: !!within.value })),
  })
  const names = computed(() => {
    const data = query.data.value
    const all = [...(data?.regions.nodes ?? []), ...(data?.region ? [data.region] : [])]
    return new Map(all.map((r) => [r.code, r.name]))
  })
  return (code: string) => names.value.get(code) ?? code
}
