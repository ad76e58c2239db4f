import type { QueueItem } from '../api/api-types.ts'
import { clockKindLabel, clockState, type ClockTone } from '../shared/clock-state.ts'

/** One lead of a rep's queue as the table shows it: the clock that is due soonest decides. */
export type QueueRow = {
  readonly personId: string
  readonly stage: string
  readonly score: number | null
  readonly clock: string
  readonly tone: ClockTone | 'none'
  readonly state: string
  readonly dueAt: string | null
}

/** The queue in the server's due order, each lead with its most urgent clock in words. */
export function queueRows(items: readonly QueueItem[]): QueueRow[] {
  return items.map((item) => {
    const [first] = item.clocks
    const state = first === undefined ? undefined : clockState(first)
    return {
      personId: item.person.id,
      stage: item.person.stage,
      score: item.score,
      clock: first === undefined ? 'no clock' : clockKindLabel(first.kind),
      tone: state?.tone ?? 'none',
      state: state?.text ?? 'nothing due',
      dueAt: item.dueAt,
    }
  })
}

/** How many leads are breached and due within the hour: the queue's headline. */
export function queueHeadline(rows: readonly QueueRow[]): string {
  const breached = rows.filter((r) => r.tone === 'breached').length
  const soon = rows.filter((r) => r.tone === 'soon').length
  if (rows.length === 0) return 'Nothing in the queue.'
  const parts = [`${rows.length} lead${rows.length === 1 ? '' : 's'}`]
  if (breached > 0) parts.push(`${breached} breached`)
  if (soon > 0) parts.push(`${soon} due within the hour`)
  return `${parts.join(', ')}.`
}

/** Adds a lead to a manager's selection, or takes it out. */
export function toggleOne(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** Selects every row, or none when all are selected already. */
export function toggleAll(selected: ReadonlySet<string>, rows: readonly QueueRow[]): Set<string> {
  return selected.size === rows.length ? new Set() : new Set(rows.map((r) => r.personId))
}
