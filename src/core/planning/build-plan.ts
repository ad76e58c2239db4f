import { leadDays } from './lead-days.ts'
import { planError } from './plan-error.ts'
import { requiredFunnel } from './required-funnel.ts'
import { roundUp } from './round-up.ts'
import { scheduleStage } from './schedule-stage.ts'
import {
  planSources,
  planStages,
  rateNames,
  type PlanChannel,
  type PlanPeriod,
  type PlanSource,
  type PlanStage,
  type PlanTarget,
  type StageCounts,
} from './types.ts'

/** What one channel must produce for one target. */
export type PlanLine = {
  readonly target: string
  readonly period: PlanPeriod
  readonly segment: Readonly<Record<string, string>>
  readonly channel: string
  readonly source: PlanSource
  readonly revenueCents: number
  readonly required: StageCounts
}

/** Items of a stage to create in an ISO week, for one source. */
export type ScheduleRow = {
  readonly week: string
  readonly weekStart: string
  readonly stage: PlanStage
  readonly source: PlanSource
  readonly count: number
}

export type PlanResult = {
  readonly lines: readonly PlanLine[]
  readonly bySource: readonly { readonly source: PlanSource; readonly required: StageCounts }[]
  readonly total: StageCounts
  readonly schedule: readonly ScheduleRow[]
  readonly warnings: readonly string[]
}

const zero = (): Record<PlanStage, number> => ({
  inquiry: 0,
  mql: 0,
  sql: 0,
  opportunity: 0,
  won: 0,
})

function add(into: Record<PlanStage, number>, counts: StageCounts): void {
  for (const stage of planStages) into[stage] += counts[stage]
}

function checkMix(target: PlanTarget, channels: ReadonlyMap<string, PlanChannel>): void {
  const fix = 'give each channel a share from 0 to 1 so that the shares add up to 1'
  for (const [name, share] of Object.entries(target.mix)) {
    if (!channels.has(name)) {
      throw planError(
        `Target "${target.name}": the mix names channel "${name}", which the plan does not define`,
        `use one of ${[...channels.keys()].join(', ')}`,
        { target: target.name, channel: name },
      )
    }
    if (!(share >= 0 && share <= 1)) {
      throw planError(`Target "${target.name}": channel "${name}" has share ${share}`, fix, {
        target: target.name,
      })
    }
  }
  const sum = Object.values(target.mix).reduce((total, share) => total + share, 0)
  if (Math.abs(sum - 1) > 1e-9) {
    throw planError(
      `Target "${target.name}": the mix adds up to ${Number(sum.toPrecision(12))}, not 1`,
      fix,
      {
        target: target.name,
      },
    )
  }
}

function lagWarnings(channel: PlanChannel): string[] {
  const first = planStages.indexOf(channel.entryStage)
  return rateNames
    .slice(first)
    .filter((rate) => channel.rates.lagDays[rate] === undefined)
    .map(
      (rate) =>
        `Channel "${channel.name}": no lag for ${rate}; its items are scheduled with no time between the stages`,
    )
}

function scheduleLine(line: PlanLine, channel: PlanChannel): ScheduleRow[] {
  const first = planStages.indexOf(channel.entryStage)
  return planStages.slice(first).flatMap((stage) =>
    scheduleStage(line.required[stage], line.period, leadDays(channel, stage)).map((week) => ({
      ...week,
      stage,
      source: channel.source,
    })),
  )
}

function mergeSchedule(rows: readonly ScheduleRow[]): ScheduleRow[] {
  const merged = new Map<string, ScheduleRow>()
  for (const row of rows) {
    const key = `${row.weekStart}|${row.stage}|${row.source}`
    const seen = merged.get(key)
    merged.set(key, seen ? { ...seen, count: seen.count + row.count } : row)
  }
  const order = (row: ScheduleRow) =>
    planStages.indexOf(row.stage) * 10 + planSources.indexOf(row.source)
  return [...merged.values()].sort(
    (a, b) => a.weekStart.localeCompare(b.weekStart) || order(a) - order(b),
  )
}

/**
 * The whole plan: for each target and each channel of its mix, the revenue share (in cents, rounded
 * up), the stages required (reverse funnel), and when each must be created by ISO week; totals by
 * source and overall.
 */
export function buildPlan(
  targets: readonly PlanTarget[],
  channels: readonly PlanChannel[],
): PlanResult {
  const byName = new Map(channels.map((channel) => [channel.name, channel]))
  const lines: PlanLine[] = []
  const rows: ScheduleRow[] = []
  for (const target of targets) {
    checkMix(target, byName)
    for (const [name, share] of Object.entries(target.mix)) {
      if (share === 0) continue
      const channel = byName.get(name) as PlanChannel
      const revenueCents = roundUp(target.revenueCents * share)
      const line: PlanLine = {
        target: target.name,
        period: target.period,
        segment: target.segment,
        channel: name,
        source: channel.source,
        revenueCents,
        required: requiredFunnel(channel, revenueCents),
      }
      lines.push(line)
      rows.push(...scheduleLine(line, channel))
    }
  }
  const total = zero()
  const perSource = new Map<PlanSource, Record<PlanStage, number>>()
  for (const line of lines) {
    add(total, line.required)
    const counts = perSource.get(line.source) ?? zero()
    add(counts, line.required)
    perSource.set(line.source, counts)
  }
  const used = new Set(lines.map((line) => line.channel))
  return {
    lines,
    bySource: planSources.flatMap((source) => {
      const required = perSource.get(source)
      return required ? [{ source, required }] : []
    }),
    total,
    schedule: mergeSchedule(rows),
    warnings: channels.filter((c) => used.has(c.name)).flatMap(lagWarnings),
  }
}
