import { cleanEvent, reject, type CleanEvent, type EventInput } from '../../core/imports/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { stopClocksOnActivities } from '../sla/record-owner-touch.ts'
import type { ImportedActivity } from './import-ports.ts'
import { identifyVisitors, visitorIdentities } from '../tracking/identify-visitors.ts'
import type { RowOutcome } from './ingest-each.ts'

type People = {
  readonly byExternalId: ReadonlyMap<string, PersonId>
  readonly byEmail: ReadonlyMap<string, PersonId>
}

const distinct = (values: readonly (string | null)[]) => [
  ...new Set(values.filter((v): v is string => v !== null)),
]

function personOf(event: CleanEvent, people: People): PersonId | undefined {
  const byId =
    event.personExternalId === null ? undefined : people.byExternalId.get(event.personExternalId)
  return (
    byId ?? (event.emailCanonical === null ? undefined : people.byEmail.get(event.emailCanonical))
  )
}

function unknownPerson(event: CleanEvent) {
  const named = [
    event.personExternalId === null ? '' : `source id ${JSON.stringify(event.personExternalId)}`,
    event.emailCanonical === null ? '' : `email ${JSON.stringify(event.emailCanonical)}`,
  ].filter((part) => part !== '')
  return reject(
    'person.unknown',
    `no person has ${named.join(' or ')} — fix: import the leads first (baton import leads), then the events; or correct the cell`,
  )
}

// Without a client key, the same person, type, instant and URL is the same event.
function toActivity(event: CleanEvent, personId: PersonId, channel: string): ImportedActivity {
  const natural = `${personId}:${event.type}:${event.occurredAt.toISOString()}:${event.url ?? ''}`
  const properties = event.url === null ? event.properties : { ...event.properties, url: event.url }
  return {
    personId,
    type: event.type,
    occurredAt: event.occurredAt,
    properties: { ...properties, channel },
    idempotencyKey: `event:${event.idempotencyKey ?? natural}`,
    visitorId: event.visitorId,
  }
}

/**
 * Records engagement events on people's timelines, in one transaction. Each names its person by
 * source id or email: an unknown person rejects the row (`person.unknown`), never a silent drop. An
 * event already recorded (same idempotency key, or same person, type, instant and URL) adds nothing.
 * An event carrying a tracked visitor id names that visitor: its anonymous page views join the person.
 */
export async function ingestEvents(
  ctx: UseCaseContext,
  inputs: readonly EventInput[],
  channel: string,
): Promise<RowOutcome[]> {
  const cleaned = inputs.map(cleanEvent)
  const events = cleaned.flatMap((c) => (c.kind === 'clean' ? [c.event] : []))
  return ctx.store.transaction(async (tx) => {
    const people = await tx.imports.events.findPeople({
      externalIds: distinct(events.map((e) => e.personExternalId)),
      emails: distinct(events.map((e) => e.emailCanonical)),
    })
    const planned = cleaned.map((c) => {
      if (c.kind === 'rejected') return c
      const personId = personOf(c.event, people)
      return personId === undefined
        ? unknownPerson(c.event)
        : toActivity(c.event, personId, channel)
    })
    const activities = planned.filter((p): p is ImportedActivity => 'personId' in p)
    const stored = await tx.imports.events.insertNew(activities)
    await identifyVisitors(tx, ctx, visitorIdentities(activities))
    await stopClocksOnActivities(
      tx,
      ctx,
      activities.filter((a) => stored.has(a.idempotencyKey)),
    )
    const seen = new Set<string>()
    return planned.map((p): RowOutcome => {
      if (!('personId' in p)) return p
      const key = p.idempotencyKey
      const created = stored.has(key) && !seen.has(key)
      seen.add(key)
      return { kind: created ? 'created' : 'merged', id: key }
    })
  })
}
