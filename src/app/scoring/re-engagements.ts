import { detectReEngagement } from '../../core/scoring/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { Notification, ScoringRow, StoredEvent } from './scoring-ports.ts'

/** A person's latest event before this batch and the first of the batch's new events. */
export type Silence = { readonly lastBefore: Date | undefined; readonly firstNew: Date | undefined }

/** Each person's silence from their whole history, `newKeys` naming the events just recorded. */
export function silencesOf(
  events: ReadonlyMap<PersonId, readonly StoredEvent[]>,
  newKeys: ReadonlyMap<PersonId, ReadonlySet<string>>,
): Map<PersonId, Silence> {
  const silences = new Map<PersonId, Silence>()
  for (const [id, keys] of newKeys) {
    if (keys.size === 0) continue
    let lastBefore: Date | undefined
    let firstNew: Date | undefined
    for (const e of events.get(id) ?? []) {
      if (e.key !== null && keys.has(e.key)) {
        if (firstNew === undefined || e.occurredAt < firstNew) firstNew = e.occurredAt
      } else if (lastBefore === undefined || e.occurredAt > lastBefore) lastBefore = e.occurredAt
    }
    silences.set(id, { lastBefore, firstNew })
  }
  return silences
}

/**
 * One `person.re_engaged` notification to the owner for each person whose new events come after at
 * least `inactivityDays` of silence; the payload names the person, owner and days silent.
 */
export function reEngagements(
  rows: readonly ScoringRow[],
  silences: ReadonlyMap<PersonId, Silence>,
  inactivityDays: number,
): Notification[] {
  return rows.flatMap((row) => {
    const first = silences.get(row.id)?.firstNew
    if (first === undefined) return []
    const found = detectReEngagement(silences.get(row.id)?.lastBefore, first, inactivityDays)
    if (found === undefined) return []
    return [
      {
        topic: 'person.re_engaged',
        target: row.ownerId ?? 'unassigned',
        payload: {
          personId: row.id,
          ownerId: row.ownerId,
          daysSilent: found.daysSilent,
          lastActivityAt: found.lastActivityAt.toISOString(),
          engagedAt: first.toISOString(),
        },
        dedupeKey: `person.re_engaged:${row.id}:${first.toISOString()}`,
      },
    ]
  })
}
