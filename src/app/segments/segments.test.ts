import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf, rejectionOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { createAccount } from '../records/accounts.ts'
import { createPerson } from '../records/people.ts'
import { addSegment, getSegment, listSegments, segmentMembers } from './segments.ts'

const now = '2026-11-23T15:00:00.000Z'
const daysAgo = (days: number) => new Date(Date.parse(now) - days * 86_400_000)

describeEachBackend('dynamic segments', (db) => {
  async function seeded() {
    const store = (await db().workspace()).store
    const ctx: UseCaseContext = { store, clock: fixedClock(now), actor: 'maria', role: 'admin' }
    const acme = await createAccount(ctx, {
      name: 'Acme',
      domain: 'acme.com',
      industry: 'Software',
      employeeCount: 200,
      country: 'US',
    })
    const globex = await createAccount(ctx, {
      name: 'Globex',
      domain: 'globex.de',
      industry: 'Manufacturing',
      employeeCount: 5000,
      country: 'DE',
    })
    await createAccount(ctx, { name: 'Initech', industry: 'software', employeeCount: 40 })
    const ana = await createPerson(ctx, {
      email: 'ana@acme.com',
      firstName: 'Ana',
      lastName: 'Silva',
      title: 'VP Marketing',
      accountId: acme.id,
      source: 'Webinar',
      stage: 'mql',
    })
    const bo = await createPerson(ctx, {
      email: 'bo@globex.de',
      firstName: 'Bo',
      title: 'Engineer',
      accountId: globex.id,
      source: 'paid_search',
    })
    await createPerson(ctx, { email: 'cy@example.org', doNotContact: true })
    await db()
      .opened.db.insertInto('activity')
      .values([
        {
          workspace_id: store.workspaceId,
          person_id: ana.id,
          type: 'email_clicked',
          occurred_at: daysAgo(10),
        },
        {
          workspace_id: store.workspaceId,
          person_id: bo.id,
          type: 'email_opened',
          occurred_at: daysAgo(200),
        },
      ])
      .execute()
    return { ctx, ana, bo }
  }

  it('saves a filter and evaluates it again on every read', async () => {
    const { ctx } = await seeded()
    const saved = await addSegment(ctx, {
      name: 'Engaged software buyers',
      description: '  Clicked or opened lately, at software companies  ',
      filter: {
        and: [
          { field: 'account.industry', op: 'eq', value: 'SOFTWARE' },
          { field: 'lastActivityAt', op: 'within_days', value: 180 },
          { not: { field: 'doNotContact', op: 'eq', value: true } },
        ],
      },
    })
    expect(saved).toMatchObject({
      name: 'Engaged software buyers',
      subject: 'person',
      description: 'Clicked or opened lately, at software companies',
      createdBy: 'maria',
      members: 1,
    })
    const first = await segmentMembers(ctx, saved.id, { limit: 10 })
    expect(first.items.map((m) => [m.name, m.email, m.company, m.stage])).toEqual([
      ['Ana Silva', 'ana@acme.com', 'Acme', 'mql'],
    ])
    // A new match shows up on the next read without touching the segment.
    const initech = await createAccount(ctx, { name: 'Initrode', industry: 'Software' })
    const dee = await createPerson(ctx, { email: 'dee@initrode.com', accountId: initech.id })
    await db()
      .opened.db.insertInto('activity')
      .values({
        workspace_id: ctx.store.workspaceId,
        person_id: dee.id,
        type: 'form_submitted',
        occurred_at: daysAgo(1),
      })
      .execute()
    const again = await segmentMembers(ctx, 'Engaged software buyers', { limit: 10 })
    expect(again.segment.members).toBe(2)
    expect(again.items.map((m) => m.name)).toEqual(['Ana Silva', 'dee@initrode.com'])
  })

  it('reads inactive people, text tests without case, blanks in neq, and pages through members', async () => {
    const { ctx } = await seeded()
    await addSegment(ctx, {
      name: 'Inactive',
      filter: { field: 'lastActivityAt', op: 'not_within_days', value: 180 },
    })
    await addSegment(ctx, {
      name: 'Not webinar',
      filter: { field: 'source', op: 'neq', value: 'webinar' },
    })
    await addSegment(ctx, {
      name: 'Titled',
      filter: {
        or: [
          { field: 'title', op: 'contains', value: 'market' },
          { field: 'title', op: 'starts_with', value: 'eng' },
        ],
      },
    })
    expect((await listSegments(ctx)).map((s) => [s.name, s.members])).toEqual([
      ['Inactive', 2],
      ['Not webinar', 2],
      ['Titled', 2],
    ])
    const page = await segmentMembers(ctx, 'Inactive', { limit: 1 })
    expect(page.items.map((m) => m.email)).toEqual(['bo@globex.de'])
    expect(page.nextCursor).toBeDefined()
    const rest = await segmentMembers(ctx, 'Inactive', { limit: 1, cursor: page.nextCursor ?? '' })
    expect(rest.items.map((m) => m.email)).toEqual(['cy@example.org'])
    expect(rest.nextCursor).toBeUndefined()
  })

  it('segments accounts on account fields', async () => {
    const { ctx } = await seeded()
    const mid = await addSegment(ctx, {
      name: 'Mid-market software',
      subject: 'account',
      filter: {
        and: [
          { field: 'industry', op: 'in', value: ['software'] },
          { field: 'employeeCount', op: 'gte', value: 50 },
        ],
      },
    })
    const members = await segmentMembers(ctx, mid.id, { limit: 10 })
    expect(members.items.map((m) => [m.name, m.company])).toEqual([['Acme', 'acme.com']])
  })

  it('refuses bad names, subjects and filters, taken names and unknown segments, writing nothing', async () => {
    const { ctx } = await seeded()
    const unknown = await rejectionOf(
      addSegment(ctx, { name: 'Odd', filter: { field: 'zodiac', op: 'eq', value: 'leo' } }),
    )
    expect(unknown).toMatchObject({
      code: 'request.invalid',
      details: { field: 'filter', path: 'filter.field' },
    })
    expect(unknown.message).toMatch(/use one of email, firstName, lastName/)
    expect(await codeOf(addSegment(ctx, { name: ' ', filter: { and: [] } }))).toBe(
      'request.invalid',
    )
    expect(await codeOf(addSegment(ctx, { name: 'Tab\there', filter: { and: [] } }))).toBe(
      'request.invalid',
    )
    expect(
      (await rejectionOf(addSegment(ctx, { name: 'X', subject: 'deal', filter: { and: [] } })))
        .message,
    ).toBe(
      'A segment is of people or accounts: subject "deal" is neither; use one of person, account.',
    )
    await addSegment(ctx, { name: 'Everyone', filter: { and: [] } })
    expect(await codeOf(addSegment(ctx, { name: 'Everyone', filter: { and: [] } }))).toBe(
      'segment.name_taken',
    )
    expect((await listSegments(ctx)).map((s) => [s.name, s.members])).toEqual([['Everyone', 3]])
    expect(await codeOf(getSegment(ctx, 'Nobody'))).toBe('segment.not_found')
    expect(
      await codeOf(segmentMembers(ctx, '00000000-0000-4000-8000-000000000000', { limit: 5 })),
    ).toBe('segment.not_found')
  })

  it('lets viewers list segments but not save them or read who is in them', async () => {
    const { ctx } = await seeded()
    await addSegment(ctx, { name: 'Everyone', filter: { and: [] } })
    const viewer: UseCaseContext = { ...ctx, role: 'viewer' }
    expect((await listSegments(viewer)).map((s) => s.name)).toEqual(['Everyone'])
    expect(await codeOf(addSegment(viewer, { name: 'Mine', filter: { and: [] } }))).toBe(
      'auth.forbidden',
    )
    expect(await codeOf(segmentMembers(viewer, 'Everyone', { limit: 5 }))).toBe('auth.forbidden')
  })
})
