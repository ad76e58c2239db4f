import type { FunnelGroup, FunnelReport } from './build-funnel-report.ts'
import type { StagePair } from './funnel-pairs.ts'
import { rateOf, type Rate } from './rate.ts'

/** A conversion goal and where it comes from: the agreement in force, or a benchmark it is silent on. */
export type ConversionTarget = StagePair & {
  readonly targetPct: number
  readonly basis: 'agreement' | 'benchmark'
  readonly note?: string
}

/** First-response clocks started in the period and how many stopped by their due time. */
export type ComplianceFact = { readonly clocks: number; readonly onTime: number }

export type Leak = {
  readonly kind: 'conversion' | 'response'
  readonly group: string | null
  readonly from: string | null
  readonly to: string | null
  readonly actual: number
  readonly targetPct: number
  readonly basis: 'agreement' | 'benchmark'
  /** Subjects short of the goal: (goal - actual) x cohort, rounded. */
  readonly missing: number
  /** Of the missing, how many would have been won: by the whole funnel's conversion to won. */
  readonly downstream: Rate
  readonly revenueLostCents: number | null
  readonly reason?: string
  readonly sentence: string
}

export type LeakReport = {
  readonly from: Date
  readonly to: Date
  readonly by: string | null
  readonly averageDealCents: number | null
  readonly leaks: readonly Leak[]
  /** Goals that could not be checked (nobody entered the stage): what and why. */
  readonly unchecked: readonly { readonly goal: string; readonly reason: string }[]
}

const stageName = (stage: string) => (stage.length <= 3 ? stage.toUpperCase() : stage)
const pctText = (share: number) => `${Math.round(share * 100)}%`
const dollars = (cents: number) =>
  `$${Math.round(cents / 100).toLocaleString('en-US', { maximumFractionDigits: 0 })}`

type Context = { readonly report: FunnelReport; readonly averageDealCents: number | null }

function downstreamOf(report: FunnelReport, stage: string): Rate {
  if (stage === 'won') return { value: 1 }
  const pair = report.total.conversions.find((c) => c.from === stage && c.to === 'won')
  return pair?.rate ?? { value: null, reason: `the funnel does not follow ${stage} to won` }
}

function conversionLeak(ctx: Context, group: FunnelGroup, target: ConversionTarget): Leak | null {
  const c = group.conversions.find((x) => x.from === target.from && x.to === target.to)
  if (c?.rate.value == null || c.rate.value * 100 >= target.targetPct) return null
  const missing = Math.round((target.targetPct / 100 - c.rate.value) * c.cohort)
  const downstream = downstreamOf(ctx.report, target.to)
  const lost =
    downstream.value === null || ctx.averageDealCents === null
      ? null
      : Math.round(missing * downstream.value * ctx.averageDealCents)
  const reason =
    lost !== null
      ? undefined
      : (downstream.reason ?? 'no deal was won in the period to size an average deal')
  const where = group.group === null ? '' : ` from ${group.group}`
  const goal = target.basis === 'agreement' ? 'goal' : 'benchmark'
  const money = lost === null ? '' : ` and ${dollars(lost)}`
  const sentence = `${stageName(target.from)}->${stageName(target.to)}${where} is ${pctText(c.rate.value)} against a ${target.targetPct}% ${goal}: about ${missing} ${stageName(target.to)}s${money} lost in the period.`
  return {
    kind: 'conversion',
    group: group.group,
    from: target.from,
    to: target.to,
    actual: c.rate.value,
    targetPct: target.targetPct,
    basis: target.basis,
    missing,
    downstream,
    revenueLostCents: lost,
    ...(reason === undefined ? {} : { reason }),
    sentence,
  }
}

function responseLeak(sla: ComplianceFact, targetPct: number | undefined): Leak | null {
  const rate = rateOf(sla.onTime, sla.clocks, 'no response clock started in the period')
  if (targetPct === undefined || rate.value === null || rate.value * 100 >= targetPct) return null
  const missing = Math.round((targetPct / 100) * sla.clocks) - sla.onTime
  return {
    kind: 'response',
    group: null,
    from: null,
    to: null,
    actual: rate.value,
    targetPct,
    basis: 'agreement',
    missing,
    downstream: { value: null, reason: 'late answers are not priced' },
    revenueLostCents: null,
    reason: 'late answers are not priced',
    sentence: `Leads answered within the response target: ${pctText(rate.value)} against a ${targetPct}% goal: about ${missing} more should have been answered in time.`,
  }
}

/**
 * Where the funnel loses most against the agreement's goals (and benchmarks where it is silent):
 * per conversion goal and group, the subjects short of the goal and the revenue they would have
 * brought (missing x the funnel's conversion to won x average won deal), largest first; response
 * compliance below the agreement's share is listed unpriced after them.
 */
export function buildLeakReport(input: {
  readonly funnel: FunnelReport
  readonly targets: readonly ConversionTarget[]
  readonly averageDealCents: number | null
  readonly sla: ComplianceFact
  readonly responseCompliancePct?: number | undefined
}): LeakReport {
  const ctx = { report: input.funnel, averageDealCents: input.averageDealCents }
  const groups = [input.funnel.total, ...input.funnel.groups]
  const conversions = input.targets.flatMap((target) =>
    groups.flatMap((group) => conversionLeak(ctx, group, target) ?? []),
  )
  const response = responseLeak(input.sla, input.responseCompliancePct)
  const unchecked = input.targets.flatMap((t) => {
    const c = input.funnel.total.conversions.find((x) => x.from === t.from && x.to === t.to)
    const reason = c?.rate.reason ?? (c ? undefined : 'the funnel does not report this pair')
    return reason === undefined ? [] : [{ goal: `${t.from}->${t.to} ${t.targetPct}%`, reason }]
  })
  const leaks = [...conversions, ...(response === null ? [] : [response])].sort(
    (a, b) =>
      (b.revenueLostCents ?? -1) - (a.revenueLostCents ?? -1) ||
      b.missing - a.missing ||
      String(a.group).localeCompare(String(b.group)),
  )
  const { from, to, by } = input.funnel
  return { from, to, by, averageDealCents: input.averageDealCents, leaks, unchecked }
}
