import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { listStageEvents } from '../funnel/change-stage.ts'
import { getPerson, listPeople } from '../records/people.ts'
import { ingestLead } from './ingest-lead.ts'

const options = { channel: 'test', defaultCountry: 'US' }

describeEachBackend('ingestLead', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'intake',
      role: 'admin',
    }
  }
  async function activities(personId: string): Promise<number> {
    const { rows } = await sql<{
      n: number
    }>`SELECT count(*)::int AS n FROM activity WHERE person_id = ${personId}`.execute(
      db().opened.db,
    )
    return rows[0]?.n ?? -1
  }

  it('creates a clean person in inquiry with the capture on their timeline', async () => {
    const ctx = await context()
    const outcome = await ingestLead(
      ctx,
      {
        fullName: 'ANA  MARÍA RUIZ',
        email: ' Ana.Ruiz+webinar@Acme.com ',
        phone: '(415) 555-2671',
        company: 'Acme, Inc.',
        source: 'Google',
        extra: { Campaign: 'Q4' },
      },
      options,
    )
    expect(outcome.kind).toBe('created')
    if (outcome.kind === 'rejected') throw new Error('unexpected')
    const person = await getPerson(ctx, outcome.personId)
    expect(person).toMatchObject({
      firstName: 'Ana María',
      lastName: 'Ruiz',
      phone: '+14155552671',
      stage: 'inquiry',
      source: 'google',
    })
    expect(person.emailNormalized).toBe('ana.ruiz@acme.com')
    expect(outcome.accountId).not.toBeNull()
    expect(await activities(outcome.personId)).toBe(1)
    const events = await listStageEvents(
      ctx,
      { limit: 5 },
      { subject: { type: 'person', id: outcome.personId } },
    )
    expect(events.items.map((e) => e.toStage)).toEqual(['inquiry'])
  })

  it('records a repeat as behaviour, fills blanks, and never creates a second person', async () => {
    const ctx = await context()
    const first = await ingestLead(ctx, { email: 'bo@globex.com', extra: {} }, options)
    const repeat = await ingestLead(
      ctx,
      { email: 'BO+promo@globex.com', title: 'VP Sales', extra: {} },
      options,
    )
    const again = await ingestLead(
      ctx,
      { email: 'bo@globex.com', title: 'Intern', extra: {} },
      options,
    )
    expect([first.kind, repeat.kind, again.kind]).toEqual(['created', 'updated', 'merged'])
    const people = await listPeople(ctx, { limit: 10 })
    expect(people.items).toHaveLength(1)
    expect(people.items[0]?.title).toBe('VP Sales')
    if (first.kind !== 'rejected') expect(await activities(first.personId)).toBe(3)
  })

  it('merges a new address into the person it strongly is, and never two people on a role address', async () => {
    const ctx = await context()
    const known = await ingestLead(
      ctx,
      { email: 'gus.ho@hooli.com', fullName: 'Gus Ho', phone: '(415) 555-2671', extra: {} },
      options,
    )
    // The same man from his personal address, same name and phone: one person, and his capture
    // lands on the known timeline.
    const personal = await ingestLead(
      ctx,
      { email: 'gus.ho.1980@gmail.com', fullName: 'Gus Ho', phone: '+1 415 555 2671', extra: {} },
      options,
    )
    if (known.kind === 'rejected' || personal.kind === 'rejected') throw new Error('unexpected')
    expect(personal).toMatchObject({ kind: 'merged', personId: known.personId })
    // The merged record stays as history (read through merged_into) but is no longer listed.
    const listed = await listPeople(ctx, { limit: 10 })
    expect(listed.items.filter((p) => p.lastName === 'Ho').map((p) => p.id)).toEqual([
      known.personId,
    ])
    // Two people writing from the company's shared inbox stay two; the same one writing again is a repeat.
    const first = await ingestLead(
      ctx,
      { email: 'info@initech.com', fullName: 'Ida Li', phone: '(415) 555-2000', extra: {} },
      options,
    )
    const second = await ingestLead(
      ctx,
      { email: 'Info@Initech.com', fullName: 'Joe Park', phone: '(415) 555-2000', extra: {} },
      options,
    )
    const again = await ingestLead(
      ctx,
      { email: 'info@initech.com', fullName: 'Ida Li', title: 'Office manager', extra: {} },
      options,
    )
    expect(again).toMatchObject({
      kind: 'updated',
      personId: first.kind === 'rejected' ? '' : first.personId,
    })
    const inbox = await listPeople(ctx, { limit: 10 })
    expect(
      inbox.items
        .filter((p) => p.email === 'info@initech.com')
        .map((p) => p.lastName)
        .sort(),
    ).toEqual(['Li', 'Park'])
    expect([first.kind, second.kind]).toEqual(['created', 'created'])
  })

  it('keeps an opt-out when a later capture says nothing about it', async () => {
    const ctx = await context()
    const first = await ingestLead(
      ctx,
      { email: 'cy@initech.com', doNotContact: true, extra: {} },
      options,
    )
    await ingestLead(ctx, { email: 'cy@initech.com', doNotContact: false, extra: {} }, options)
    if (first.kind === 'rejected') throw new Error('unexpected')
    expect((await getPerson(ctx, first.personId)).doNotContact).toBe(true)
  })

  it('matches accounts by corporate domain, never by a free-mail domain', async () => {
    const ctx = await context()
    const a = await ingestLead(
      ctx,
      { email: 'dee@umbrella.io', company: 'Umbrella', extra: {} },
      options,
    )
    const b = await ingestLead(ctx, { email: 'eve@umbrella.io', extra: {} }, options)
    const c = await ingestLead(ctx, { email: 'fay@gmail.com', extra: {} }, options)
    const d = await ingestLead(ctx, { email: 'gus@gmail.com', extra: {} }, options)
    if (
      a.kind === 'rejected' ||
      b.kind === 'rejected' ||
      c.kind === 'rejected' ||
      d.kind === 'rejected'
    )
      throw new Error('unexpected')
    expect(b.accountId).toBe(a.accountId)
    expect(c.accountId).toBeNull()
    expect(d.accountId).toBeNull()
    const { rows } = await sql<{
      n: number
    }>`SELECT count(*)::int AS n FROM account WHERE domain = 'gmail.com'`.execute(db().opened.db)
    expect(rows[0]?.n).toBe(0)
  })

  it('matches an account by its normalized name when there is no domain', async () => {
    const ctx = await context()
    const a = await ingestLead(
      ctx,
      { email: 'hal@hooli.com', company: 'Hooli Inc.', extra: {} },
      options,
    )
    const b = await ingestLead(
      ctx,
      { email: 'ida@yahoo.com', company: 'HOOLI', fullName: 'Ida Lee', extra: {} },
      options,
    )
    if (a.kind === 'rejected' || b.kind === 'rejected') throw new Error('unexpected')
    expect(b.accountId).toBe(a.accountId)
  })

  it('identifies leads without email by their source id', async () => {
    const ctx = await context()
    const first = await ingestLead(
      ctx,
      { externalId: 'mql-1', source: 'paid_search', extra: {} },
      options,
    )
    const again = await ingestLead(
      ctx,
      { externalId: 'mql-1', country: 'Brazil', extra: {} },
      options,
    )
    expect([first.kind, again.kind]).toEqual(['created', 'updated'])
    expect((await listPeople(ctx, { limit: 10 })).items).toHaveLength(1)
  })

  it('rejects a lead nobody could contact and leaves nothing behind', async () => {
    const ctx = await context()
    const outcome = await ingestLead(
      ctx,
      { email: 'not-an-email', company: 'Select', extra: {} },
      options,
    )
    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'no_usable_contact' })
    expect((await listPeople(ctx, { limit: 10 })).items).toHaveLength(0)
  })

  it('rejects a lead whose stage the funnel does not know, without a half-written person', async () => {
    const ctx = await context()
    const outcome = await ingestLead(
      ctx,
      { email: 'jo@acme.com', stage: 'hot', extra: {} },
      options,
    )
    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'funnel.invalid_stage' })
    expect((await listPeople(ctx, { limit: 10 })).items).toHaveLength(0)
  })

  it('creates one person when the same new lead arrives twice at once', async () => {
    const ctx = await context()
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => ingestLead(ctx, { email: 'race@acme.com', extra: {} }, options)),
    )
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(1)
    expect((await listPeople(ctx, { limit: 10 })).items).toHaveLength(1)
  })
})
