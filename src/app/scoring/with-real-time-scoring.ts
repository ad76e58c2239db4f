import { groupBy, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { ImportedActivity } from '../intake/import-ports.ts'
import type { Stores } from '../ports.ts'
import type { ScoringRow } from './scoring-ports.ts'
import { foldScores } from './fold-scores.ts'
import { lockRows, readScoring, rescorePeople, type ScoringRead } from './rescore-people.ts'
import { toStoredEvent } from './to-stored-event.ts'

// The events the insert stored (all of them, when `stored` is undefined), by person (the last of a
// repeated key is the one stored), as scoring reads them back: their keys, and the events
// themselves to fold into score states.
function storedByPerson(activities: readonly ImportedActivity[], stored?: ReadonlySet<string>) {
  const unique = new Map(activities.map((a) => [a.idempotencyKey, a]))
  const written = [...unique.values()].filter((a) => stored?.has(a.idempotencyKey) ?? true)
  const byPerson = [...groupBy(written, (a) => a.personId)]
  const keys = new Map(
    byPerson.map(([id, list]) => [id, new Set(list.map((a) => a.idempotencyKey))]),
  )
  const fresh = new Map(
    byPerson.map(([id, list]) => [
      id,
      list.map(({ idempotencyKey: key, type, occurredAt, properties }) =>
        toStoredEvent({ id: '', key, type, occurredAt, properties }),
      ),
    ]),
  )
  return { keys, fresh, count: written.length }
}

// Inside a transaction an event batch finds its people and locks them in one statement; the rows
// read then serve the insert that follows, once (a second insert, or a visitor joining, reads them
// again, since scoring changed them). Outside one, a lock would not outlive the lookup.
function scoringStores(stores: Stores, ctx: UseCaseContext, inTransaction: boolean): Stores {
  const events = stores.imports.events
  let held: ReadonlyMap<PersonId, ScoringRow> | undefined
  const lockedFor = async (ids: readonly PersonId[]) => {
    const rows = held
    held = undefined
    const wanted = new Set(ids)
    if (rows !== undefined && [...wanted].every((id) => rows.has(id)))
      return [...rows.values()].filter((row) => wanted.has(row.id))
    return lockRows(stores, ids)
  }
  // The insert runs while the batch folds into score states as if every event were new, which
  // they nearly always are; on a server database the two overlap. When an event was already stored
  // the guess is dropped: what was stored is grouped again and rescorePeople folds it.
  const insertWhileFolding = async (
    activities: readonly ImportedActivity[],
    locked: readonly ScoringRow[],
    scoring: ScoringRead,
  ) => {
    const insertion = events.insertNew(activities)
    // Let the insert go out before the fold takes the thread (a rejection is awaited below).
    insertion.catch(() => undefined)
    await new Promise((resolve) => setImmediate(resolve))
    const asIfNew = storedByPerson(activities)
    const { model } = scoring
    const folded =
      model === undefined ? undefined : foldScores(model, locked, asIfNew.fresh, scoring)
    const stored = await insertion
    if (stored.size === asIfNew.count) return { stored, written: asIfNew, folded }
    return { stored, written: storedByPerson(activities, stored), folded: undefined }
  }
  const wrapped: Stores = {
    ...stores,
    imports: {
      ...stores.imports,
      events: {
        ...events,
        async findPeople(keys) {
          if (!inTransaction) return events.findPeople(keys)
          const found = await stores.scoring.people.lockRowsByKeys(keys)
          held = new Map(found.map(({ row }) => [row.id, row]))
          const externalIds = new Set(keys.externalIds)
          const emails = new Set(keys.emails)
          const keyed = (key: string | null, wanted: ReadonlySet<string>, row: ScoringRow) =>
            key !== null && wanted.has(key) ? [[key, row.id] as const] : []
          return {
            byExternalId: new Map(found.flatMap((f) => keyed(f.externalId, externalIds, f.row))),
            byEmail: new Map(found.flatMap((f) => keyed(f.emailNormalized, emails, f.row))),
          }
        },
        async insertNew(activities) {
          if (activities.length === 0) return events.insertNew(activities)
          // Lock the people before the insert: an activity's foreign key share-locks its person,
          // and two transactions each holding that and asking for the row lock would deadlock.
          const locked = await lockedFor(activities.map((a) => a.personId))
          const scoring = await readScoring(wrapped, ctx.clock.now())
          const { stored, written, folded } = await insertWhileFolding(activities, locked, scoring)
          const { keys: newKeys, fresh } = written
          const ids = [...newKeys.keys()]
          const touched = locked.filter((row) => newKeys.has(row.id))
          if (ids.length > 0) {
            const batch = { ids, locked: touched, newKeys, fresh, scoring }
            await rescorePeople(wrapped, ctx, folded ? { ...batch, folded } : batch)
          }
          return stored
        },
      },
    },
    tracking: {
      ...stores.tracking,
      async identify(identities, at) {
        // Earlier anonymous page views joining a person are new events for their score.
        held = undefined
        const locked = await lockRows(
          stores,
          identities.map((i) => i.personId),
        )
        const moved = await stores.tracking.identify(identities, at)
        const touched = locked.filter((row) => moved.has(row.id))
        if (touched.length > 0)
          await rescorePeople(wrapped, ctx, {
            ids: touched.map((row) => row.id),
            locked: touched,
            newKeys: moved,
          })
        return moved
      },
    },
    atomic: (work) => stores.atomic((inner) => work(scoringStores(inner, ctx, true))),
  }
  return wrapped
}

/**
 * The context with real-time scoring: wherever a use case records engagement events (import or
 * `POST /v1/events`) or a tracked visitor's page views join a person, the people they touch are
 * re-scored in the same transaction, right after the write, so a score and the stage moves it causes
 * land with the events or not at all.
 */
export function withRealTimeScoring(ctx: UseCaseContext): UseCaseContext {
  const base = ctx.store
  const store = {
    ...scoringStores(base, ctx, false),
    workspaceId: base.workspaceId,
    transaction: <T>(work: (tx: Stores) => Promise<T>) =>
      base.transaction((tx) => work(scoringStores(tx, ctx, true))),
  }
  // Outside a transaction an insert and its scoring still happen together.
  const outside = store.imports.events
  const imports = {
    ...store.imports,
    events: {
      ...outside,
      insertNew: (activities: readonly ImportedActivity[]) =>
        store.transaction((tx) => tx.imports.events.insertNew(activities)),
    },
  }
  return { ...ctx, store: { ...store, imports } }
}
