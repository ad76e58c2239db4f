import type { Agreement, ClockKind } from '../agreement/index.ts'
import type { SlaClock } from '../sla/index.ts'
import { buildSlaGroup, type SlaGroup } from './build-sla-group.ts'
import { rateOf, type Rate } from './rate.ts'
import type { SlaDimension } from './sla-dimensions.ts'
import { clockStateAt } from './tally-clocks.ts'

/** A clock owner as the report names it: the user's name and team (null when on none). */
export type SlaOwner = { readonly id: string; readonly name: string; readonly team: string | null }

/** Clocks started in the period, with the users who owned them. */
export type SlaFacts = {
  readonly clocks: readonly SlaClock[]
  readonly owners: readonly SlaOwner[]
}

/** Breached clocks of one owner or team, of those met or breached, with the kinds that breached. */
export type BreachRow = {
  readonly key: string | null
  readonly label: string | null
  readonly decided: number
  readonly breached: number
  readonly share: Rate
  readonly byKind: Readonly<Partial<Record<ClockKind, number>>>
}

export type SlaReport = {
  readonly from: Date
  readonly to: Date
  readonly by: SlaDimension | null
  /** Clocks still running are judged at this instant: past their due time they count as breached. */
  readonly asOf: Date
  /** The agreement's name for the stage resolution clocks start on (e.g. "Conversation Lead"). */
  readonly resolutionStage: string | null
  readonly total: SlaGroup
  readonly groups: readonly SlaGroup[]
  readonly breaches: {
    readonly byOwner: readonly BreachRow[]
    readonly byTeam: readonly BreachRow[]
  }
}

type Key = { readonly group: string | null; readonly label: string | null }

// Most breaches first, then by name; clocks without an owner, team or priority come last.
function ranked(a: { breached: number; name: string | null }, b: typeof a): number {
  if (a.breached !== b.breached) return b.breached - a.breached
  if (a.name === null || b.name === null) return a.name === null ? (b.name === null ? 0 : 1) : -1
  return a.name.localeCompare(b.name)
}

function keyOf(clock: SlaClock, by: SlaDimension, owners: ReadonlyMap<string, SlaOwner>): Key {
  const owner = clock.ownerId === null ? undefined : owners.get(clock.ownerId)
  switch (by) {
    case 'owner':
      return { group: clock.ownerId, label: owner?.name ?? null }
    case 'team':
      return { group: owner?.team ?? null, label: owner?.team ?? null }
    case 'priority':
      return { group: clock.priority, label: clock.priority }
  }
}

function grouped(
  clocks: readonly SlaClock[],
  by: SlaDimension,
  owners: ReadonlyMap<string, SlaOwner>,
): { key: Key; clocks: SlaClock[] }[] {
  const groups = new Map<string | null, { key: Key; clocks: SlaClock[] }>()
  for (const clock of clocks) {
    const key = keyOf(clock, by, owners)
    const group = groups.get(key.group) ?? { key, clocks: [] }
    group.clocks.push(clock)
    groups.set(key.group, group)
  }
  return [...groups.values()]
}

function breachRows(
  clocks: readonly SlaClock[],
  by: 'owner' | 'team',
  context: { readonly owners: ReadonlyMap<string, SlaOwner>; readonly now: Date },
): BreachRow[] {
  return grouped(clocks, by, context.owners)
    .map(({ key, clocks: mine }): BreachRow => {
      const byKind: Partial<Record<ClockKind, number>> = {}
      let decided = 0
      let breached = 0
      for (const clock of mine) {
        const state = clockStateAt(clock, context.now)
        if (state === 'met') decided += 1
        if (state !== 'late' && state !== 'open_past_due') continue
        decided += 1
        breached += 1
        byKind[clock.kind] = (byKind[clock.kind] ?? 0) + 1
      }
      const share = rateOf(breached, decided, 'no clock has been met or breached yet')
      return { key: key.group, label: key.label, decided, breached, share, byKind }
    })
    .sort((a, b) =>
      ranked({ breached: a.breached, name: a.label }, { breached: b.breached, name: b.label }),
    )
}

function resolutionStageOf(agreement: Agreement | null): string | null {
  const rule = agreement?.clocks.find((c) => c.kind === 'resolution')
  if (!agreement || !rule) return null
  return agreement.funnel.stages.find((s) => s.canonical === rule.startsOn)?.name ?? null
}

/**
 * SLA compliance for clocks started in a period, as they stand at `now`: leads answered within
 * the response target per priority, leads unresolved after the resolution limit, time from the
 * first meeting to the status update, escalations by step, and breaches by owner and team.
 */
export function buildSlaReport(
  facts: SlaFacts,
  period: { readonly from: Date; readonly to: Date; readonly by: SlaDimension | null },
  context: { readonly now: Date; readonly agreement: Agreement | null },
): SlaReport {
  const owners = new Map(facts.owners.map((o) => [o.id, o]))
  const total = buildSlaGroup(facts.clocks, { group: null, label: null }, context)
  const groups =
    period.by === null
      ? []
      : grouped(facts.clocks, period.by, owners)
          .map(({ key, clocks }) => buildSlaGroup(clocks, key, context))
          .sort((a, b) =>
            ranked(
              { breached: a.breaches.breached, name: a.label ?? a.group },
              { breached: b.breaches.breached, name: b.label ?? b.group },
            ),
          )
  const around = { owners, now: context.now }
  return {
    ...period,
    asOf: context.now,
    resolutionStage: resolutionStageOf(context.agreement),
    total,
    groups,
    breaches: {
      byOwner: breachRows(facts.clocks, 'owner', around),
      byTeam: breachRows(facts.clocks, 'team', around),
    },
  }
}
