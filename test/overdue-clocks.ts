import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import { actAsUser } from '../src/app/access/act-as-user.ts'
import { issueApiKey } from '../src/app/access/api-keys.ts'
import { addUser } from '../src/app/access/users.ts'
import { draftAgreement, signAgreement } from '../src/app/agreement/agreements.ts'
import { parseAgreement } from '../src/app/agreement/parse-agreement.ts'
import type { UseCaseContext } from '../src/app/context.ts'
import { changeStage } from '../src/app/funnel/change-stage.ts'
import {
  escalationLadder,
  type Agreement,
  type EscalationStep,
} from '../src/core/agreement/index.ts'
import type { PersonId } from '../src/core/shared/index.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { openEmbedded } from '../src/db/open-database.ts'
import { createStorage } from '../src/db/storage.ts'
import { fixedClock } from './fixed-clock.ts'

const preset = new URL('../presets/agreements/waterfall.yaml', import.meta.url)
const day = 86_400_000
const isoDate = (at: Date) => at.toISOString().slice(0, 10)

// The sweeper reads the system clock, so the calendar runs around the clock: whatever day the test
// runs, leads that entered MQL days ago are past every step of the ladder.
const allDay = [{ from: '00:00', to: '24:00' }]

async function waterfall(entryAt: Date): Promise<Agreement> {
  const { agreement } = parseAgreement(await readFile(preset, 'utf8'), 'waterfall.yaml')
  if (!agreement) throw new Error('the waterfall preset does not parse')
  return {
    ...agreement,
    term: {
      startsOn: isoDate(new Date(entryAt.getTime() - 30 * day)),
      endsOn: isoDate(new Date(entryAt.getTime() + 365 * day)),
    },
    // Two steps of the preset's first-response ladder (remind the owner at the breach, the manager an
    // hour later) keep the run short; a step per clock per batch is the same either way.
    escalations: (agreement.escalations ?? []).map((ladder) =>
      ladder.clock === 'first_response' ? { ...ladder, steps: ladder.steps.slice(0, 2) } : ladder,
    ),
    calendar: {
      timeZone: 'UTC',
      workingHours: {
        mon: allDay,
        tue: allDay,
        wed: allDay,
        thu: allDay,
        fri: allDay,
        sat: allDay,
        sun: allDay,
      },
    },
  }
}

type Run = (query: ReturnType<typeof sql>) => Promise<unknown>

// Set-based seeding: intake and routing are not what this database is for, and taking 1,500 leads
// in and routing them one by one costs over a minute on a busy machine.
async function addInquiries(run: Run, workspaceId: string, count: number, at: Date) {
  await run(sql`INSERT INTO person (workspace_id, email, email_normalized, first_name, company_name, stage, score)
    SELECT ${workspaceId}, 'lead' || n || '@prospect' || n || '.com', 'lead' || n || '@prospect' || n || '.com',
      'Lead ' || n, 'Prospect ' || n, 'inquiry', 90
    FROM generate_series(1, ${count}::int) AS n`)
  await run(sql`INSERT INTO stage_event (workspace_id, subject_type, person_id, to_stage, occurred_at, actor)
    SELECT workspace_id, 'person', id, 'inquiry', ${at}, 'test' FROM person`)
}

// The rest follow the hand-offs made through the app: owners in turn among the SDRs, and a clock
// like theirs (same due time, priority and agreement version).
async function copyHandoffs(run: Run, handedOff: readonly PersonId[]) {
  const ids = sql.join(handedOff.map((id) => sql`${id}::uuid`))
  await run(sql`WITH owners AS (
      SELECT owner_id, row_number() OVER (ORDER BY owner_id) - 1 AS slot FROM person WHERE id IN (${ids})),
    rest AS (
      SELECT id, row_number() OVER (ORDER BY id) % (SELECT count(*) FROM owners) AS slot
      FROM person WHERE stage = 'inquiry')
    UPDATE person SET stage = 'mql', owner_id = owners.owner_id
    FROM rest JOIN owners USING (slot) WHERE person.id = rest.id`)
  const model = sql`(SELECT * FROM sla_clock WHERE person_id = ${handedOff[0] ?? null} LIMIT 1)`
  await run(sql`INSERT INTO stage_event (workspace_id, subject_type, person_id, from_stage, to_stage, occurred_at, actor, agreement_version)
    SELECT p.workspace_id, 'person', p.id, 'inquiry', 'mql', m.started_at, 'test', m.agreement_version
    FROM person p, ${model} m WHERE p.id NOT IN (${ids})`)
  await run(sql`INSERT INTO sla_clock (workspace_id, kind, person_id, owner_id, priority, started_at, due_at, next_check_at, agreement_version)
    SELECT p.workspace_id, m.kind, p.id, p.owner_id, m.priority, m.started_at, m.due_at, m.next_check_at, m.agreement_version
    FROM person p, ${model} m WHERE p.id NOT IN (${ids})`)
}

export type OverdueClocks = {
  readonly clocks: number
  readonly ladder: readonly EscalationStep[]
  /** An admin key of the workspace, to watch a server work through the clocks. */
  readonly apiKey: string
}

/**
 * Fills an embedded database with `count` hot MQLs routed to SDRs (who have a manager) under the
 * signed waterfall agreement, each with a first-response clock that fell due days ago and has not
 * escalated yet; closes the database.
 */
export async function seedOverdueClocks(dataDir: string, count: number): Promise<OverdueClocks> {
  const opened = await openEmbedded(dataDir)
  const storage = createStorage(opened)
  try {
    await migrateToLatest(opened.db)
    const run: Run = (query) => query.execute(opened.db)
    const workspace = await storage.workspaces.insert({ slug: 'default', name: 'Default' })
    // Entered MQL three days ago: recent enough to start clocks (not history being loaded).
    const entryAt = new Date(Date.now() - 3 * day)
    const clock = fixedClock(new Date(entryAt.getTime() - 3_600_000).toISOString())
    const ctx: UseCaseContext = {
      store: storage.forWorkspace(workspace.id),
      clock,
      actor: 'test',
      role: 'admin',
    }
    const agreement = await waterfall(entryAt)
    const signers = agreement.signatories
    const marketing = signers.marketing[0]?.email ?? ''
    const sales = signers.sales[0]?.email ?? ''
    await addUser(ctx, { email: marketing, name: 'Marketing Lead', role: 'marketing' })
    await addUser(ctx, { email: sales, name: 'Sales Lead', role: 'sales' })
    const manager = await addUser(ctx, { email: 'meg@acme.com', name: 'Meg', role: 'admin' })
    for (const email of ['ben@acme.com', 'bea@acme.com', 'bo@acme.com']) {
      const sdr = await addUser(ctx, { email, name: email, role: 'sdr' })
      await run(sql`UPDATE "user" SET manager_id = ${manager.id} WHERE id = ${sdr.id}`)
    }
    const { version } = await draftAgreement(ctx, agreement)
    for (const email of [marketing, sales])
      await signAgreement(await actAsUser(ctx, email), version.version, email)
    await addInquiries(run, workspace.id, count, clock.now())
    clock.set(entryAt.toISOString())
    // Three hand-offs through the app (routing, clock start), one per SDR; the rest are copies.
    const rows = await opened.db.selectFrom('person').select('id').orderBy('id').limit(3).execute()
    const handedOff = rows.map((row) => row.id as PersonId)
    for (const id of handedOff)
      await changeStage(ctx, { subject: { type: 'person', id }, toStage: 'mql' })
    await copyHandoffs(run, handedOff)
    const counted = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sla_clock`.execute(
      opened.db,
    )
    const { key } = await issueApiKey(storage.apiKeys, workspace.id, {
      name: 'test',
      role: 'admin',
    })
    return {
      clocks: counted.rows[0]?.n ?? 0,
      ladder: escalationLadder(agreement, 'first_response'),
      apiKey: key,
    }
  } finally {
    await storage.close()
  }
}
