import { rateOf, type Rate } from './rate.ts'

/** Per group and current stage: deals created in the period, as the store counts them. */
export type PipelineStageFact = {
  readonly group: string | null
  readonly stage: string
  readonly status: 'open' | 'won' | 'lost'
  readonly deals: number
  readonly amountCents: number
  /** Open deals whose stage has not moved for the policy's silent window. */
  readonly silentDeals: number
  readonly silentAmountCents: number
}

/** Per group: deals closed in the period, and their days from opening to close. */
export type PipelineCloseFact = {
  readonly group: string | null
  readonly won: number
  readonly lost: number
  readonly wonAmountCents: number
  readonly cycleMedianDays: number | null
  readonly cycleP75Days: number | null
  readonly cycleP90Days: number | null
}

export type DealPipelineFacts = {
  readonly stages: readonly PipelineStageFact[]
  readonly closes: readonly PipelineCloseFact[]
}

/** How open pipeline is weighted: stage probabilities (from the agreement) and the silent discount. */
export type PipelinePolicy = {
  /** Win probability in 0..1 by stage name, lower-cased; a stage not here has no weight. */
  readonly probabilityByStage: ReadonlyMap<string, number>
  readonly silentAfterDays: number
  /** The share of its weight a silent ("gone dark") open deal keeps. */
  readonly silentWeight: number
}

export type PipelineStage = {
  readonly stage: string
  readonly status: 'open' | 'won' | 'lost'
  readonly deals: number
  readonly amountCents: number
  readonly silentDeals: number
  readonly probability: number | null
  /** Open deals only: amount x probability, silent deals at the silent weight; null without a probability. */
  readonly weightedCents: number | null
}

export type PipelineGroup = {
  readonly group: string | null
  readonly stages: readonly PipelineStage[]
  readonly created: { readonly deals: number; readonly amountCents: number }
  readonly openCents: number
  /** Null when some open stage has no probability (named in `unweightedStages`). */
  readonly weightedOpenCents: number | null
  readonly unweightedStages: readonly string[]
  readonly won: number
  readonly lost: number
  readonly wonAmountCents: number
  readonly winRate: Rate
  readonly averageDealCents: number | null
  readonly salesCycleDays: {
    readonly median: number | null
    readonly p75: number | null
    readonly p90: number | null
  }
}

function groupOf(
  facts: DealPipelineFacts,
  key: string | null,
  policy: PipelinePolicy,
): PipelineGroup {
  const rows = facts.stages.filter((row) => row.group === key)
  const stages = rows
    .map((row): PipelineStage => {
      const probability = policy.probabilityByStage.get(row.stage.toLowerCase()) ?? null
      const live = row.amountCents - row.silentAmountCents
      const weightedCents =
        row.status !== 'open' || probability === null
          ? null
          : Math.round(probability * (live + policy.silentWeight * row.silentAmountCents))
      const { stage, status, deals, amountCents, silentDeals } = row
      return { stage, status, deals, amountCents, silentDeals, probability, weightedCents }
    })
    .sort((a, b) => b.deals - a.deals || a.stage.localeCompare(b.stage))
  const open = stages.filter((s) => s.status === 'open')
  const unweightedStages = open.filter((s) => s.weightedCents === null).map((s) => s.stage)
  const close = facts.closes.find((row) => row.group === key)
  const won = close?.won ?? 0
  const wonAmountCents = close?.wonAmountCents ?? 0
  return {
    group: key,
    stages,
    created: {
      deals: stages.reduce((sum, s) => sum + s.deals, 0),
      amountCents: stages.reduce((sum, s) => sum + s.amountCents, 0),
    },
    openCents: open.reduce((sum, s) => sum + s.amountCents, 0),
    weightedOpenCents:
      unweightedStages.length > 0 ? null : open.reduce((sum, s) => sum + (s.weightedCents ?? 0), 0),
    unweightedStages,
    won,
    lost: close?.lost ?? 0,
    wonAmountCents,
    winRate: rateOf(won, won + (close?.lost ?? 0), 'no deal was won or lost in the period'),
    averageDealCents: won === 0 ? null : Math.round(wonAmountCents / won),
    salesCycleDays: {
      median: close?.cycleMedianDays ?? null,
      p75: close?.cycleP75Days ?? null,
      p90: close?.cycleP90Days ?? null,
    },
  }
}

export type PipelineReport = {
  readonly from: Date
  readonly to: Date
  readonly by: string | null
  readonly silentAfterDays: number
  readonly total: PipelineGroup
  readonly groups: readonly PipelineGroup[]
}

/**
 * The sales pipeline for a period: deals opened in it by current stage (open ones weighted by stage
 * probability, a silent deal at a discount), and deals closed in it: win rate, average won deal,
 * days from opening to close. The store's facts carry the whole pipeline under `totalKey`.
 */
export function buildPipelineReport(
  facts: DealPipelineFacts,
  period: { readonly from: Date; readonly to: Date; readonly by: string | null },
  policy: PipelinePolicy,
  totalKey: string,
): PipelineReport {
  const keys = [...new Set([...facts.stages, ...facts.closes].map((row) => row.group))].filter(
    (key) => key !== totalKey,
  )
  const total = { ...groupOf(facts, totalKey, policy), group: null }
  const groups = keys
    .map((key) => groupOf(facts, key, policy))
    .sort(
      (a, b) => b.created.deals - a.created.deals || String(a.group).localeCompare(String(b.group)),
    )
  return {
    ...period,
    silentAfterDays: policy.silentAfterDays,
    total,
    groups: period.by === null ? [] : groups,
  }
}
