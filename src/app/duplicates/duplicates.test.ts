import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { PersonFields } from '../../core/records/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage } from '../funnel/change-stage.ts'
import type { Role } from '../ports.ts'
import { createPerson } from '../records/people.ts'
import { dismissDuplicate } from './dismiss-duplicate.ts'
import { listDuplicates } from './list-duplicates.ts'
import { mergeCandidate, mergeDuplicates } from './merge-duplicates.ts'
import { unmergeDuplicates } from './unmerge-duplicates.ts'

describeEachBackend('merging and unmerging duplicates', (db) => {
  async function context(role: Role = 'admin'): Promise<UseCaseContext> {
    return { store: (await db().workspace()).store, clock: fixedClock(), actor: 'ana', role }
  }
  const add = async (ctx: UseCaseContext, fields: PersonFields) =>
    (await createPerson(ctx, fields)).id
  const run = <T>(query: ReturnType<typeof sql<T>>) => query.execute(db().opened.db)

  async function addActivity(personId: PersonId, type: string) {
    await run(sql`INSERT INTO activity (workspace_id, person_id, type, occurred_at)
      SELECT workspace_id, id, ${type}, now() FROM person WHERE id = ${personId}`)
  }
  async function history(ids: readonly PersonId[]) {
    const activities = await run(sql<{ person_id: string; type: string }>`
      SELECT person_id, type FROM activity WHERE person_id IN (${sql.join(ids)}) ORDER BY id`)
    const events = await run(sql<{ person_id: string; to_stage: string }>`
      SELECT person_id, to_stage FROM stage_event WHERE person_id IN (${sql.join(ids)}) ORDER BY id`)
    return { activities: activities.rows, events: events.rows }
  }
  async function row(id: PersonId) {
    const { rows } = await run(sql<Record<string, unknown>>`
      SELECT * FROM person WHERE id = ${id}`)
    const { updated_at: _ignored, ...rest } = rows[0] ?? {}
    return rest
  }
  async function audit(subjectId: string) {
    const { rows } = await run(sql<{ action: string; actor: string }>`
      SELECT action, actor FROM audit_log WHERE subject_id = ${subjectId} ORDER BY id`)
    return rows
  }

  async function twoAnas(ctx: UseCaseContext) {
    const older = await add(ctx, {
      email: 'ana@acme.com',
      firstName: 'Ana',
      lastName: 'Ruiz',
      companyName: 'Acme',
    })
    const newer = await add(ctx, {
      email: 'a.ruiz@acme.com',
      firstName: 'ANA',
      lastName: 'Ruíz',
      title: 'CMO',
      phone: '+34911234567',
      doNotContact: true,
    })
    await addActivity(older, 'email_open')
    await addActivity(newer, 'form_fill')
    await changeStage(ctx, { subject: { type: 'person', id: newer }, toStage: 'mql' })
    return { older, newer }
  }

  it('keeps the older person, fills its blanks, keeps every activity and stage event, and lets the opt-out win', async () => {
    const ctx = await context()
    const { older, newer } = await twoAnas(ctx)
    const before = await history([older, newer])
    const result = await mergeDuplicates(ctx, older, newer)
    expect(result).toMatchObject({ survivorId: older, mergedId: newer })
    expect(await row(older)).toMatchObject({
      title: 'CMO',
      phone: '+34911234567',
      do_not_contact: true,
      first_name: 'Ana',
      merged_into: null,
    })
    expect(await row(newer)).toMatchObject({ merged_into: older, first_name: 'ANA' })
    expect(await history([older, newer])).toEqual(before)
    expect(before.activities).toHaveLength(2)
    expect(before.events.map((e) => e.to_stage)).toEqual(['inquiry', 'inquiry', 'mql'])
    expect(await audit(newer)).toEqual([{ action: 'person.merged', actor: 'ana' }])
  })

  it('unmerges exactly: both rows, activities and stage events as they were before', async () => {
    const ctx = await context()
    const { older, newer } = await twoAnas(ctx)
    const rows = [await row(older), await row(newer)]
    const before = await history([older, newer])
    await mergeDuplicates(ctx, newer, older)
    const result = await unmergeDuplicates(ctx, newer)
    expect(result).toMatchObject({ personId: newer, survivorId: older, kept: [] })
    expect([await row(older), await row(newer)]).toEqual(rows)
    expect(await history([older, newer])).toEqual(before)
    expect((await audit(newer)).map((entry) => entry.action)).toEqual([
      'person.merged',
      'person.unmerged',
    ])
    expect((await listDuplicates(ctx, { limit: 10 })).items).toEqual([])
  })

  it('lets only an admin merge and unmerge', async () => {
    const ctx = await context('admin')
    const { older, newer } = await twoAnas(ctx)
    const sales: UseCaseContext = { ...ctx, role: 'sales' }
    expect(await codeOf(mergeDuplicates(sales, older, newer))).toBe('auth.forbidden')
    await mergeDuplicates(ctx, older, newer)
    expect(await codeOf(unmergeDuplicates(sales, newer))).toBe('auth.forbidden')
    const anonymous: UseCaseContext = { store: ctx.store, clock: ctx.clock, actor: 'api' }
    expect(await codeOf(unmergeDuplicates(anonymous, newer))).toBe('auth.forbidden')
    expect(await row(newer)).toMatchObject({ merged_into: older })
  })

  it('moves people merged into the loser along, and undoes merges in reverse order only', async () => {
    const ctx = await context()
    const first = await add(ctx, { email: 'c@acme.com', firstName: 'Cy', lastName: 'Lo' })
    const second = await add(ctx, { email: 'b@acme.com', firstName: 'Cy', lastName: 'Lo' })
    const third = await add(ctx, { email: 'a@acme.com', firstName: 'Cy', lastName: 'Lo' })
    await mergeDuplicates(ctx, third, second)
    await mergeDuplicates(ctx, second, first)
    expect(await row(third)).toMatchObject({ merged_into: first })
    expect(await codeOf(unmergeDuplicates(ctx, third))).toBe('duplicate.already_merged')
    await unmergeDuplicates(ctx, second)
    expect(await row(third)).toMatchObject({ merged_into: second })
    await unmergeDuplicates(ctx, third)
    expect(await row(third)).toMatchObject({ merged_into: null })
  })

  describe('refuses', () => {
    it('merging a person into itself, an unknown person, and a person already merged', async () => {
      const ctx = await context()
      const { older, newer } = await twoAnas(ctx)
      const nobody = '00000000-0000-4000-8000-000000000000' as PersonId
      expect(await codeOf(mergeDuplicates(ctx, older, older))).toBe('duplicate.same_person')
      expect(await codeOf(mergeDuplicates(ctx, older, nobody))).toBe('person.not_found')
      await mergeDuplicates(ctx, older, newer)
      expect(await codeOf(mergeDuplicates(ctx, newer, older))).toBe('duplicate.already_merged')
      expect(await codeOf(unmergeDuplicates(ctx, older))).toBe('duplicate.not_merged')
      expect(await codeOf(unmergeDuplicates(ctx, nobody))).toBe('person.not_found')
    })

    it('merging two people who only share a role address', async () => {
      const ctx = await context()
      const info = await add(ctx, { email: 'info@acme.com', companyName: 'Acme' })
      const sales = await add(ctx, { email: 'sales@acme.com', companyName: 'Acme' })
      expect(await codeOf(mergeDuplicates(ctx, info, sales))).toBe('duplicate.role_address')
      expect(await row(sales)).toMatchObject({ merged_into: null })
    })

    it('an unknown or already merged candidate', async () => {
      const ctx = await context()
      const { older, newer } = await twoAnas(ctx)
      const merged = await mergeDuplicates(ctx, older, newer)
      const unknown = '00000000-0000-4000-8000-000000000000'
      expect(await codeOf(mergeCandidate(ctx, unknown))).toBe('duplicate.not_found')
      expect(await codeOf(dismissDuplicate(ctx, unknown))).toBe('duplicate.not_found')
      expect(await codeOf(dismissDuplicate(ctx, 'nope'))).toBe('request.invalid')
      expect(await codeOf(mergeCandidate(ctx, merged.candidateId))).toBe('duplicate.already_merged')
      expect(await codeOf(dismissDuplicate(ctx, merged.candidateId))).toBe(
        'duplicate.already_merged',
      )
    })
  })
})
