import {
  escalationLadder,
  type Agreement,
  type ClockKind,
  type EscalationAction,
} from '../agreement/index.ts'
import { businessMinutesBetween, type SlaClock } from '../sla/index.ts'
import { percentileOf } from './percentile-of.ts'
import { rateOf, type Rate } from './rate.ts'
import { clockStateAt, tallyClocks, type ClockTally } from './tally-clocks.ts'

export type PriorityTally = ClockTally & { readonly priority: string | null }

/** How long status updates took after the first meeting; business minutes when a calendar applies. */
export type ElapsedTime = {
  readonly unit: 'business_minutes' | 'calendar_minutes'
  readonly updates: number
  readonly medianMinutes: number | null
  readonly p90Minutes: number | null
  readonly reason?: string
}

/** How many clocks of a kind reached an escalation step (1 = the first step of the ladder). */
export type EscalationCount = {
  readonly kind: ClockKind
  readonly step: number
  /** What the step does under the agreement in force; null when it lists no such step. */
  readonly action: EscalationAction | null
  readonly clocks: number
}

export type SlaGroup = {
  readonly group: string | null
  readonly label: string | null
  /** First-response clocks: answered within the response target, per priority. */
  readonly response: { readonly total: ClockTally; readonly byPriority: readonly PriorityTally[] }
  /** Resolution clocks: leads still unresolved after the resolution limit (late or open past due). */
  readonly resolution: ClockTally & { readonly unresolvedShare: Rate }
  /** Status-update clocks: from the first meeting to the status update. */
  readonly statusUpdate: ClockTally & { readonly elapsed: ElapsedTime }
  readonly escalations: readonly EscalationCount[]
  /** Clocks of every kind that breached, of those met or breached. */
  readonly breaches: { readonly decided: number; readonly breached: number; readonly share: Rate }
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)

function elapsedOf(clocks: readonly SlaClock[], agreement: Agreement | null): ElapsedTime {
  const unit = agreement === null ? 'calendar_minutes' : 'business_minutes'
  const minutes = clocks
    .filter((c) => c.stoppedAt !== null && c.outcome !== 'cancelled')
    .map((c) => {
      const stoppedAt = c.stoppedAt ?? c.startedAt
      return agreement === null
        ? (stoppedAt.getTime() - c.startedAt.getTime()) / 60_000
        : businessMinutesBetween(agreement.calendar, c.startedAt, stoppedAt)
    })
    .sort((a, b) => a - b)
  const base = {
    unit,
    updates: minutes.length,
    medianMinutes: round1(percentileOf(minutes, 0.5)),
    p90Minutes: round1(percentileOf(minutes, 0.9)),
  } as const
  return minutes.length === 0 ? { ...base, reason: 'no status update was recorded' } : base
}

function escalationsOf(
  clocks: readonly SlaClock[],
  agreement: Agreement | null,
): EscalationCount[] {
  const kinds = [...new Set(clocks.filter((c) => c.escalationLevel > 0).map((c) => c.kind))]
  return kinds.sort().flatMap((kind) => {
    const mine = clocks.filter((c) => c.kind === kind)
    const top = Math.max(...mine.map((c) => c.escalationLevel))
    const ladder = agreement === null ? [] : escalationLadder(agreement, kind)
    return Array.from({ length: top }, (_, i): EscalationCount => ({
      kind,
      step: i + 1,
      action: ladder[i]?.action ?? null,
      clocks: mine.filter((c) => c.escalationLevel > i).length,
    }))
  })
}

function byPriority(clocks: readonly SlaClock[], now: Date): PriorityTally[] {
  const priorities = [...new Set(clocks.map((c) => c.priority))]
  return priorities
    .map((priority) => ({
      priority,
      ...tallyClocks(
        clocks.filter((c) => c.priority === priority),
        now,
        `no ${priority ?? 'unprioritised'} lead has been answered or breached yet`,
      ),
    }))
    .sort((a, b) => String(a.priority).localeCompare(String(b.priority)))
}

/** The SLA figures of one group of clocks, as they stand at `now`. */
export function buildSlaGroup(
  clocks: readonly SlaClock[],
  key: { readonly group: string | null; readonly label: string | null },
  context: { readonly now: Date; readonly agreement: Agreement | null },
): SlaGroup {
  const { now, agreement } = context
  const ofKind = (kind: ClockKind) => clocks.filter((c) => c.kind === kind)
  const response = ofKind('first_response')
  const resolution = tallyClocks(
    ofKind('resolution'),
    now,
    'no resolution clock has been met or breached yet',
  )
  const updates = ofKind('status_update')
  const states = clocks.map((c) => clockStateAt(c, now))
  const breached = states.filter((s) => s === 'late' || s === 'open_past_due').length
  const decided = breached + states.filter((s) => s === 'met').length
  return {
    ...key,
    response: {
      total: tallyClocks(response, now, 'no lead has been answered or breached yet'),
      byPriority: byPriority(response, now),
    },
    resolution: {
      ...resolution,
      unresolvedShare: rateOf(
        resolution.breached,
        resolution.met + resolution.breached,
        'no resolution clock has been met or breached yet',
      ),
    },
    statusUpdate: {
      ...tallyClocks(updates, now, 'no status-update clock has been met or breached yet'),
      elapsed: elapsedOf(updates, agreement),
    },
    escalations: escalationsOf(clocks, agreement),
    breaches: {
      decided,
      breached,
      share: rateOf(breached, decided, 'no clock has been met or breached yet'),
    },
  }
}
