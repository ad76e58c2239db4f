import { canonicalStages } from '../funnel/index.ts'
import type { StagePair } from './funnel-pairs.ts'
import { rateOf, type Rate } from './rate.ts'

/** What the store counts for the funnel, per group (key null: the group of subjects with no value). */
export type FunnelFacts = {
  /** Subjects whose first entry into each stage falls within the period, per group. */
  readonly flow: readonly {
    readonly group: string | null
    readonly stage: string
    readonly subjects: number
  }[]
  /** Of the subjects first entering `from` within the period, how many ever reached `to`. */
  readonly cohorts: readonly {
    readonly group: string | null
    readonly from: string
    readonly to: string
    readonly cohort: number
    readonly reached: number
  }[]
}

export type Conversion = StagePair & {
  readonly cohort: number
  readonly reached: number
  readonly rate: Rate
}

export type FunnelGroup = {
  readonly group: string | null
  readonly entered: readonly { readonly stage: string; readonly subjects: number }[]
  readonly conversions: readonly Conversion[]
}

export type FunnelReport = {
  readonly from: Date
  readonly to: Date
  /** The dimension the groups split by; null for the whole funnel only. */
  readonly by: string | null
  readonly total: FunnelGroup
  readonly groups: readonly FunnelGroup[]
}

const totalKey = '\u0000total'

const largest = (group: FunnelGroup) => Math.max(0, ...group.entered.map((row) => row.subjects))

function groupOf(facts: FunnelFacts, key: string | null, pairs: readonly StagePair[]): FunnelGroup {
  const mine = <T extends { group: string | null }>(rows: readonly T[]) =>
    rows.filter((row) => row.group === key)
  const flow = mine(facts.flow)
  const cohorts = mine(facts.cohorts)
  const entered = canonicalStages
    .map((stage) => ({
      stage,
      subjects: flow.find((row) => row.stage === stage)?.subjects ?? 0,
    }))
    .filter((row) => row.subjects > 0)
  const conversions = pairs.map((pair): Conversion => {
    const row = cohorts.find((c) => c.from === pair.from && c.to === pair.to)
    const cohort = row?.cohort ?? 0
    const reached = row?.reached ?? 0
    const rate = rateOf(reached, cohort, `nobody entered ${pair.from} in the period`)
    return { ...pair, cohort, reached, rate }
  })
  return { group: key === totalKey ? null : key, entered, conversions }
}

/**
 * The funnel for a period: subjects entering each stage (period flow) and, for each pair, of those
 * who entered the first stage in the period the share that ever reached the second (cohort
 * conversion). The store's facts carry the whole funnel under the key `totalGroup`.
 */
export function buildFunnelReport(
  facts: FunnelFacts,
  period: { readonly from: Date; readonly to: Date; readonly by: string | null },
  pairs: readonly StagePair[],
): FunnelReport {
  const keys = [...new Set([...facts.flow, ...facts.cohorts].map((row) => row.group))].filter(
    (key) => key !== totalKey,
  )
  const groups = keys
    .map((key) => groupOf(facts, key, pairs))
    .sort((a, b) => largest(b) - largest(a) || String(a.group).localeCompare(String(b.group)))
  return {
    ...period,
    total: groupOf(facts, totalKey, pairs),
    groups: period.by === null ? [] : groups,
  }
}

/** The group key under which the store reports the whole funnel. */
export const totalGroup = totalKey
