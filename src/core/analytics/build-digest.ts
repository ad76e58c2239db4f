import type { Goals } from '../agreement/index.ts'
import type { FunnelReport } from './build-funnel-report.ts'
import type { LeakReport } from './build-leak-report.ts'
import type { BreachRow, SlaReport } from './build-sla-report.ts'
import { rateOf, type Rate } from './rate.ts'

/** One week's reports the digest reads. */
export type DigestWeek = {
  readonly funnel: FunnelReport
  readonly sla: SlaReport
  readonly wonCents: number
  readonly wonDeals: number
}

export type DigestKpi = {
  readonly name: string
  readonly unit: 'count' | 'cents' | 'rate'
  readonly thisWeek: number | null
  readonly lastWeek: number | null
  /** This week minus last week: subjects, cents, or (for rates) share points in 0..1. */
  readonly change: number | null
  /** The change as a share of last week (counts and money only). */
  readonly changeShare: Rate | null
  /** The agreement's goal as a share in 0..1; null when it sets none. */
  readonly goal: number | null
  readonly status: 'met' | 'below' | 'no_goal' | 'no_data'
}

export type Digest = {
  readonly from: Date
  readonly to: Date
  readonly kpis: readonly DigestKpi[]
  /** The week's largest leaks, as sentences, largest first. */
  readonly topLeaks: readonly string[]
  readonly slaBreachesByTeam: readonly BreachRow[]
}

const countStages = [
  ['Inquiries', 'inquiry'],
  ['MQLs', 'mql'],
  ['SQLs', 'sql'],
  ['Opportunities', 'opportunity'],
] as const

function entered(report: FunnelReport, stage: string): number {
  return report.total.entered.find((e) => e.stage === stage)?.subjects ?? 0
}

function amountKpi(name: string, unit: 'count' | 'cents', now: number, before: number): DigestKpi {
  return {
    name,
    unit,
    thisWeek: now,
    lastWeek: before,
    change: now - before,
    changeShare: rateOf(now - before, before, 'none last week'),
    goal: null,
    status: 'no_goal',
  }
}

function rateKpi(name: string, now: Rate, before: Rate, goalPct: number | undefined): DigestKpi {
  const goal = goalPct === undefined ? null : goalPct / 100
  const status =
    now.value === null ? 'no_data' : goal === null ? 'no_goal' : now.value >= goal ? 'met' : 'below'
  return {
    name,
    unit: 'rate',
    thisWeek: now.value,
    lastWeek: before.value,
    change: now.value === null || before.value === null ? null : now.value - before.value,
    changeShare: null,
    goal,
    status,
  }
}

const rateOfPair = (report: FunnelReport, from: string, to: string): Rate =>
  report.total.conversions.find((c) => c.from === from && c.to === to)?.rate ?? {
    value: null,
    reason: `the funnel does not follow ${from} to ${to}`,
  }

/**
 * The weekly sales and marketing digest: the core KPIs (entries per stage, won deals and revenue,
 * the agreement's conversion goals, answered within the response target) this week against last
 * week and the goals, the week's top three leaks, and SLA breaches by team.
 */
export function buildDigest(input: {
  readonly thisWeek: DigestWeek
  readonly lastWeek: DigestWeek
  readonly leaks: LeakReport
  readonly goals: Goals | null
}): Digest {
  const { thisWeek: now, lastWeek: before, goals } = input
  const counts = countStages.map(([name, stage]) =>
    amountKpi(name, 'count', entered(now.funnel, stage), entered(before.funnel, stage)),
  )
  const conversions = (goals?.conversions ?? []).map((goal) =>
    rateKpi(
      `${goal.from}->${goal.to}`,
      rateOfPair(now.funnel, goal.from, goal.to),
      rateOfPair(before.funnel, goal.from, goal.to),
      goal.targetPct,
    ),
  )
  return {
    from: now.funnel.from,
    to: now.funnel.to,
    kpis: [
      ...counts,
      amountKpi('Won deals', 'count', now.wonDeals, before.wonDeals),
      amountKpi('Won revenue', 'cents', now.wonCents, before.wonCents),
      ...conversions,
      rateKpi(
        'Answered within the response target',
        now.sla.total.response.total.metShare,
        before.sla.total.response.total.metShare,
        goals?.responseCompliancePct,
      ),
    ],
    topLeaks: input.leaks.leaks.slice(0, 3).map((leak) => leak.sentence),
    slaBreachesByTeam: now.sla.breaches.byTeam,
  }
}
