import type { Kysely } from 'kysely'
import { defineSubjectFunctions, orderedFirstVersion } from './0021-funnel-subject.ts'

// funnel_subject (migration 0021) keeps, per canonical stage, the first entry and the agreement
// version in force at it. Its trigger and refresh took the version as the first element of an array
// ordered by (occurred_at, id): one sort per stage and subject, eleven per person. The least
// [time, id, version] array gives the same version with no sort: arrays compare element by element,
// and ids are unique, so the version itself never decides. The trigger is most of what a batch of
// stage events costs beyond its rows (PGlite, 500 new people's first events: 26 ms without it, 52 ms
// with 0021's, 49 ms with this one); the rest is writing the funnel_subject rows themselves. The
// functions are 0021's, stages included; only the version's aggregate changes (down puts 0021's back).

const leastFirstVersion = (s: string) =>
  `((min(ARRAY[extract(epoch FROM se.occurred_at), se.id, se.agreement_version])
        FILTER (WHERE se.to_stage = '${s}'))[3])::integer`

export async function up(db: Kysely<unknown>): Promise<void> {
  await defineSubjectFunctions(db, leastFirstVersion)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await defineSubjectFunctions(db, orderedFirstVersion)
}
