import type { PlanTracking, StoredPlan } from '../api/api-types.ts'

type Channel = StoredPlan['assumptions']['channels'][number]
export type PlanStage = keyof StoredPlan['result']['plan']['total']
export type RateName = keyof Channel['rates']['conversion']

export const planStageLabels: Record<PlanStage, string> = {
  inquiry: 'Inquiries',
  mql: 'MQLs',
  sql: 'SQLs',
  opportunity: 'Opportunities',
  won: 'Won deals',
}
export const planStageOrder = Object.keys(planStageLabels) as PlanStage[]

export const rateLabels: Record<RateName, string> = {
  inquiry_to_mql: 'Inquiry → MQL',
  mql_to_sql: 'MQL → SQL',
  sql_to_opportunity: 'SQL → Opportunity',
  opportunity_to_won: 'Opportunity → Won',
}
export const rateOrder = Object.keys(rateLabels) as RateName[]

/** One week of a stage for the chart: running totals, the actual missing for weeks not begun. */
export type StageWeek = {
  readonly week: string
  readonly weekStart: string
  readonly Planned: number
  readonly Actual?: number
}

/** A stage's weeks in order as chart rows of cumulative planned and actual counts. */
export function stageWeeks(tracking: PlanTracking, stage: PlanStage): StageWeek[] {
  return tracking.weeks
    .filter((w) => w.stage === stage)
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .map((w) => ({
      week: w.week,
      weekStart: w.weekStart,
      Planned: w.cumulativePlanned,
      ...(w.cumulativeActual === null ? {} : { Actual: w.cumulativeActual }),
    }))
}

/** Where a stage stands: the plan's whole count, and planned vs actual up to the current week. */
export type StageStatus = {
  readonly stage: PlanStage
  readonly required: number
  readonly plannedToDate: number
  readonly actualToDate: number | null
  /** actual - planned to date; below 0 is behind plan. */
  readonly gap: number | null
}

export function stageStatuses(plan: StoredPlan, tracking: PlanTracking): StageStatus[] {
  return planStageOrder.map((stage) => {
    const begun = stageWeeks(tracking, stage).filter((w) => w.Actual !== undefined)
    const last = begun.at(-1)
    return {
      stage,
      required: plan.result.plan.total[stage],
      plannedToDate: last?.Planned ?? 0,
      actualToDate: last?.Actual ?? null,
      gap: last?.Actual === undefined ? null : last.Actual - last.Planned,
    }
  })
}

/**
 * The rate the plan assumes for a step: the value every channel using it shares, or their mean
 * (`uniform: false`) when channels differ; null when no channel goes through the step.
 */
export function assumedRate(
  channels: readonly Channel[],
  rate: RateName,
): { readonly value: number; readonly uniform: boolean } | null {
  const values = channels.flatMap((c) => {
    const resolved = c.rates.conversion[rate]
    return resolved === undefined ? [] : [resolved.value]
  })
  if (values.length === 0) return null
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length
  return { value: mean, uniform: values.every((v) => v === values[0]) }
}

const hundredths = (n: number) => Math.round(n * 100) / 100

/**
 * The what-if changes the API takes ("mql_to_sql=0.8") for the sliders moved away from the plan's
 * assumption; a slider back at the assumed value changes nothing.
 */
export function whatIfSet(
  values: Partial<Record<RateName, number>>,
  channels: readonly Channel[],
): string[] {
  return rateOrder.flatMap((rate) => {
    const value = values[rate]
    const assumed = assumedRate(channels, rate)
    if (value === undefined || assumed === null) return []
    if (assumed.uniform && hundredths(value) === hundredths(assumed.value)) return []
    return [`${rate}=${hundredths(value)}`]
  })
}

/** The plan's capacity warnings in words: which team is over in which week, by how much. */
export function capacityWarnings(plan: StoredPlan): string[] {
  return plan.result.capacity.over.map(
    (w) =>
      `Team ${w.team} is at ${Math.round(w.utilization * 100)}% of capacity in ${w.week} (${w.loadHours} of ${w.capacityHours} hours).`,
  )
}
