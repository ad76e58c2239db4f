import { readFile } from 'node:fs/promises'
import { addUser } from '../../src/app/access/users.ts'
import { draftAgreement, signAgreement } from '../../src/app/agreement/agreements.ts'
import { actAsUser } from '../../src/app/access/act-as-user.ts'
import { parseAgreement } from '../../src/app/agreement/parse-agreement.ts'
import type { UseCaseContext } from '../../src/app/context.ts'
import { changeStage } from '../../src/app/funnel/change-stage.ts'
import { createPerson } from '../../src/app/records/people.ts'
import type { PersonId } from '../../src/core/shared/index.ts'
import type { BenchDatabase } from '../intake/open-bench-database.ts'

const now = new Date('2026-11-23T15:00:00Z')

/**
 * A workspace on the signed waterfall preset with `sdrs` BDRs and `people` MQLs already routed once,
 * so loads, cursors and assignment counts are what a working team has.
 */
export async function prepareRouting(database: BenchDatabase, people: number, sdrs: number) {
  const parsed = parseAgreement(
    await readFile('presets/agreements/waterfall.yaml', 'utf8'),
    'waterfall',
  )
  if (parsed.agreement === undefined) throw new Error('the waterfall preset does not parse')
  const workspace = await database.storage.workspaces.insert({
    slug: 'bench-routing',
    name: 'bench',
  })
  const ctx: UseCaseContext = {
    store: database.storage.forWorkspace(workspace.id),
    clock: { now: () => now },
    actor: 'bench',
    role: 'admin',
  }
  const signers = parsed.agreement.signatories
  for (const [role, list] of [
    ['marketing', signers.marketing],
    ['sales', signers.sales],
  ] as const)
    for (const s of list) await addUser(ctx, { email: s.email, name: s.name, role })
  for (let i = 0; i < sdrs; i++)
    await addUser(ctx, { email: `bdr${i}@bench.example`, name: `BDR ${i}`, role: 'sdr' })
  const { version } = await draftAgreement(ctx, parsed.agreement)
  for (const s of [...signers.marketing, ...signers.sales])
    await signAgreement(await actAsUser(ctx, s.email), version.version, s.email)
  const ids: PersonId[] = []
  for (let i = 0; i < people; i++) {
    const person = await createPerson(ctx, { email: `lead${i}@bench.example` })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    ids.push(person.id)
  }
  return { ctx, ids, workspaceId: workspace.id }
}
