import type { PlanResult } from './build-plan.ts'
import type { WhatIfChange } from './apply-what-if.ts'
import { planStages, type StageCounts } from './types.ts'

/** A channel's cost per inquiry in cents, or null with the reason (e.g. no spend recorded). */
export type InquiryCost = { readonly cents: number | null; readonly reason?: string }

export type WhatIfChannel = {
  readonly channel: string
  readonly inquiriesBefore: number
  readonly inquiriesAfter: number
  readonly deltaInquiries: number
  readonly costPerInquiryCents: number | null
  readonly deltaSpendCents: number | null
  readonly reason?: string
}

export type WhatIfResult = {
  readonly changes: readonly WhatIfChange[]
  readonly before: StageCounts
  readonly after: StageCounts
  readonly delta: StageCounts
  readonly byChannel: readonly WhatIfChannel[]
  /** Null when some channel whose inquiries change has no cost per inquiry. */
  readonly deltaSpendCents: number | null
}

const inquiriesOf = (plan: PlanResult, channel: string) =>
  plan.lines.filter((l) => l.channel === channel).reduce((sum, l) => sum + l.required.inquiry, 0)

/**
 * What changing assumptions does: the required counts before and after, and per channel the change
 * in inquiries times its cost per inquiry (cents) as the change in spend.
 */
export function whatIfDelta(
  changes: readonly WhatIfChange[],
  before: PlanResult,
  after: PlanResult,
  costOf: (channel: string) => InquiryCost,
): WhatIfResult {
  const delta = Object.fromEntries(
    planStages.map((stage) => [stage, after.total[stage] - before.total[stage]]),
  ) as StageCounts
  const channels = [...new Set(before.lines.map((line) => line.channel))]
  const byChannel = channels.map((channel): WhatIfChannel => {
    const inquiriesBefore = inquiriesOf(before, channel)
    const inquiriesAfter = inquiriesOf(after, channel)
    const deltaInquiries = inquiriesAfter - inquiriesBefore
    const cost = costOf(channel)
    const deltaSpendCents = cost.cents === null ? null : deltaInquiries * cost.cents
    const row = { channel, inquiriesBefore, inquiriesAfter, deltaInquiries }
    return cost.reason === undefined
      ? { ...row, costPerInquiryCents: cost.cents, deltaSpendCents }
      : { ...row, costPerInquiryCents: cost.cents, deltaSpendCents, reason: cost.reason }
  })
  const unknown = byChannel.some((c) => c.deltaSpendCents === null && c.deltaInquiries !== 0)
  return {
    changes,
    before: before.total,
    after: after.total,
    delta,
    byChannel,
    deltaSpendCents: unknown
      ? null
      : byChannel.reduce((sum, c) => sum + (c.deltaSpendCents ?? 0), 0),
  }
}
