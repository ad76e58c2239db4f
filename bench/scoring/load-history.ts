import { sql, type Kysely } from 'kysely'
import type { EventInput } from '../../src/core/imports/index.ts'
import type { ScoreModel } from '../../src/core/scoring/index.ts'
import type { WorkspaceId } from '../../src/core/shared/index.ts'
import type { Database } from '../../src/db/schema.ts'
import type { Random } from '../harness.ts'

const dayMs = 86_400_000

/** The event types the model scores, each once (its first rule's points and half-life). */
export function scoredTypes(model: ScoreModel) {
  const seen = new Map<string, { points: number; halfLifeDays: number | null }>()
  for (const rule of model.engagement)
    if (!seen.has(rule.event))
      seen.set(rule.event, { points: rule.points, halfLifeDays: rule.halfLifeDays ?? null })
  return [...seen].map(([type, rule]) => ({ type, ...rule }))
}

/** `people` people p1..pN@bench.example, set-based, so loading costs seconds even at 1M. */
export async function loadPeople(db: Kysely<Database>, workspaceId: WorkspaceId, people: number) {
  await sql`INSERT INTO person (workspace_id, email, email_normalized, title)
    SELECT ${workspaceId}::uuid, 'p' || g || '@bench.example', 'p' || g || '@bench.example',
      (ARRAY['VP Sales', 'Director of IT', 'Manager', 'Engineer'])[1 + g % 4]
    FROM generate_series(1, ${people}::int) g`.execute(db)
}

/** `perPerson` past events for every person, spread over the last 180 days, types in turn. */
export async function loadHistory(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  options: { readonly types: readonly string[]; readonly perPerson: number; readonly now: Date },
) {
  await sql`INSERT INTO activity (workspace_id, person_id, type, occurred_at, idempotency_key)
    SELECT p.workspace_id, p.id, (${[...options.types]}::text[])[1 + (g + p.rn) % ${options.types.length}::int],
      ${options.now.toISOString()}::timestamptz - ((g * 7919 + p.rn * 104729) % 259200) * interval '1 minute',
      'history:' || p.rn || ':' || g
    FROM (SELECT workspace_id, id, row_number() OVER (ORDER BY id)::int AS rn FROM person
          WHERE workspace_id = ${workspaceId}) p
    CROSS JOIN generate_series(1, ${options.perPerson}::int) g`.execute(db)
  await sql`ANALYZE activity`.execute(db)
  await sql`ANALYZE person`.execute(db)
}

/** New events as the API receives them: a random person by email, a scored type, the last hour. */
export function newEvents(
  random: Random,
  count: number,
  people: number,
  types: readonly string[],
  now: Date,
): EventInput[] {
  return Array.from({ length: count }, (_, k) => ({
    email: `p${random.int(1, people)}@bench.example`,
    type: random.pick(types),
    occurredAt: new Date(now.getTime() - random.int(0, dayMs / 24)).toISOString(),
    idempotencyKey: `ingest-${k}`,
  }))
}
