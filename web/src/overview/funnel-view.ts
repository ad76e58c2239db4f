import type { FunnelReport } from '../api/api-types.ts'

type Group = FunnelReport['total']

export type FunnelStage = {
  readonly stage: string
  readonly label: string
  readonly count: number
  /** Entries in the previous period, when one was asked for. */
  readonly previousCount: number | null
  /** (count - previous) / previous; null without a previous period or when it had none. */
  readonly change: number | null
}

export type FunnelStep = {
  readonly from: string
  readonly to: string
  readonly rate: number | null
  readonly cohort: number
  readonly reached: number
  readonly reason?: string
}

export type FunnelView = { readonly stages: FunnelStage[]; readonly steps: FunnelStep[] }

/** The lead path in the report's own order: its step conversions chain inquiry -> ... -> won. */
export function leadPathOf(group: Group): string[] {
  const path: string[] = []
  for (const { from, to } of group.conversions) {
    if (path.length === 0) path.push(from, to)
    else if (path[path.length - 1] === from && !path.includes(to)) path.push(to)
  }
  return path
}

/** A canonical stage as a word: mql -> "MQL", won -> "Won". */
export const stageWord = (stage: string) =>
  stage.length <= 3 && stage !== 'won'
    ? stage.toUpperCase()
    : `${stage.charAt(0).toUpperCase()}${stage.slice(1)}`

const countsOf = (group: Group) => new Map(group.entered.map((e) => [e.stage, e.subjects]))

/**
 * The funnel chart's stages (the lead path's stages anyone entered, named as the agreement names
 * them) with the trend against a previous period, and the conversion between each shown stage and
 * the next, taken from the report's cohorts.
 */
export function toFunnelView(
  report: FunnelReport,
  previous: FunnelReport | undefined,
  labels: ReadonlyMap<string, string> = new Map(),
): FunnelView {
  const counts = countsOf(report.total)
  const before = previous ? countsOf(previous.total) : undefined
  const shown = leadPathOf(report.total).filter((stage) => (counts.get(stage) ?? 0) > 0)
  const stages = shown.map((stage) => {
    const count = counts.get(stage) ?? 0
    const previousCount = before ? (before.get(stage) ?? 0) : null
    const change = previousCount ? (count - previousCount) / previousCount : null
    return { stage, label: labels.get(stage) ?? stageWord(stage), count, previousCount, change }
  })
  const steps = shown.slice(1).map((to, i): FunnelStep => {
    const from = shown[i] ?? ''
    const found = report.total.conversions.find((c) => c.from === from && c.to === to)
    if (!found) return { from, to, rate: null, cohort: 0, reached: 0, reason: 'not reported' }
    const { cohort, reached, rate } = found
    const step = { from, to, rate: rate.value, cohort, reached }
    return rate.reason === undefined ? step : { ...step, reason: rate.reason }
  })
  return { stages, steps }
}
