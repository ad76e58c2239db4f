import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import { addUser } from '../../src/app/access/users.ts'
import { draftAgreement, signAgreement } from '../../src/app/agreement/agreements.ts'
import { actAsUser } from '../../src/app/access/act-as-user.ts'
import { parseAgreement } from '../../src/app/agreement/parse-agreement.ts'
import type { UseCaseContext } from '../../src/app/context.ts'
import type { BenchDatabase } from '../intake/open-bench-database.ts'
import { loadPeople } from '../scoring/load-history.ts'

/**
 * A workspace on the waterfall agreement with `open` running first-response clocks, `due` of them
 * due at `dueAt` and the rest a month later; the clocks are written in bulk, as migrations of old
 * data would, so the measurement covers only the sweep.
 */
export async function loadClocks(
  database: BenchDatabase,
  counts: { readonly open: number; readonly due: number; readonly dueAt: Date },
) {
  const workspace = await database.storage.workspaces.insert({
    slug: 'bench-handoff',
    name: 'bench',
  })
  const clock = { now: () => counts.dueAt }
  const ctx: UseCaseContext = {
    store: database.storage.forWorkspace(workspace.id),
    clock,
    actor: 'bench',
    role: 'admin',
  }
  const parsed = parseAgreement(
    await readFile('presets/agreements/waterfall.yaml', 'utf8'),
    'waterfall',
  )
  if (!parsed.agreement) throw new Error('the waterfall preset does not parse')
  await addUser(ctx, { email: 'marketing.lead@example.com', name: 'M', role: 'marketing' })
  await addUser(ctx, { email: 'sales.lead@example.com', name: 'S', role: 'sales' })
  const { version } = await draftAgreement(ctx, parsed.agreement)
  await signAgreement(
    await actAsUser(ctx, 'marketing.lead@example.com'),
    version.version,
    'marketing.lead@example.com',
  )
  await signAgreement(
    await actAsUser(ctx, 'sales.lead@example.com'),
    version.version,
    'sales.lead@example.com',
  )
  await loadPeople(database.db, workspace.id, counts.open)
  const later = new Date(counts.dueAt.getTime() + 30 * 86_400_000)
  await sql`INSERT INTO sla_clock (workspace_id, kind, person_id, priority, started_at, due_at,
      next_check_at, agreement_version)
    SELECT p.workspace_id, 'first_response', p.id, 'hot', ${counts.dueAt}::timestamptz - interval '1 hour',
      d.due, d.due, ${version.version}
    FROM (SELECT id, workspace_id, row_number() OVER (ORDER BY id) AS n FROM person
          WHERE workspace_id = ${workspace.id}) p
    CROSS JOIN LATERAL (SELECT CASE WHEN p.n <= ${counts.due} THEN ${counts.dueAt}::timestamptz
      ELSE ${later}::timestamptz END AS due) d`.execute(database.db)
  await sql`ANALYZE sla_clock`.execute(database.db)
  return { clock }
}
