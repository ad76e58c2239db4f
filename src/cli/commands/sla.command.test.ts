import { afterAll, expect, it } from 'vitest'
import { addUser } from '../../app/access/users.ts'
import type { UseCaseContext } from '../../app/context.ts'
import { changeStage } from '../../app/funnel/change-stage.ts'
import { createPerson } from '../../app/records/people.ts'
import type { PersonId } from '../../core/shared/index.ts'
import { localBackend } from '../../main/local-backend.ts'
import { apiServers, cliOn } from '../../../test/cli-harness.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { scoringContext } from '../../../test/scoring-fixture.ts'
import { apiClient } from '../api-client.ts'

const servers = apiServers()
afterAll(() => servers.stop())

describeEachBackend('baton sla, outbox, webhook, meeting, review and nurture', (db) => {
  // The agreement is signed and the MQLs made a while ago (the fixture's clock), so by the time the
  // commands run, at the real time, their first-response clocks are long due.
  async function setUp() {
    const { store, slug, apiKey } = await db().workspace()
    const { ctx } = await scoringContext(store)
    await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    const workspace = await db().storage.workspaces.findBySlug(slug)
    if (!workspace) throw new Error('no workspace')
    const local = localBackend(db().storage, workspace, {
      description: 'test database',
      close: () => Promise.resolve(),
    })
    return { ctx, apiKey, cli: cliOn(local) }
  }
  async function mql(ctx: UseCaseContext, email: string): Promise<PersonId> {
    const person = await createPerson(ctx, { email, source: 'webinar' })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    return person.id
  }

  it('sweeps due clocks once, shows the breach and the reminder in the outbox', async () => {
    const { ctx, cli } = await setUp()
    const id = await mql(ctx, 'ana@acme.com')
    const before = await cli('sla', 'clocks', id)
    expect(before.code).toBe(0)
    expect(before.out).toMatch(/^kind\s+priority\s+started\s+due\s+state\s+outcome\s+level\s+left/)
    expect(before.out).toMatch(/first_response\s+warm\s+.*running\s+0\s+\d+h \d\dm over/)
    const swept = await cli('sla', 'sweep')
    expect(swept.code).toBe(0)
    expect(swept.out).toMatch(
      /^swept \d+ due clocks?: \d+ breached, \d+ escalation steps? run, 0 failed\n$/,
    )
    const [clock] = JSON.parse((await cli('sla', 'clocks', id, '--json')).out)
    expect(clock).toMatchObject({ kind: 'first_response', outcome: 'breached', escalationLevel: 2 })
    const again = await cli('sla', 'sweep', '--json')
    expect(JSON.parse(again.out)).toMatchObject({ steps: 0, failed: 0 })
    const outbox = await cli('outbox', 'list', '--status', 'pending')
    expect(outbox.out).toMatch(/^id\s+topic\s+target\s+status\s+attempts\s+next\s+error/)
    expect(outbox.out).toContain('sla.reminder')
    expect((await cli('outbox', 'list', '--status', 'lost')).code).toBe(2)
    expect((await cli('sla', 'clocks', 'nobody')).code).toBe(2)
  })

  it('adds and lists webhooks, refusing a short secret', async () => {
    const { cli } = await setUp()
    const add = (...extra: string[]) =>
      cli('webhook', 'add', '--name', 'crm', '--url', 'https://hooks.example.com/baton', ...extra)
    const short = await add('--secret', 'short')
    expect([short.code, short.err]).toEqual([2, expect.stringContaining('at least 16 characters')])
    const secret = 'a-long-signing-secret-0123'
    expect(
      (await add('--secret', secret, '--topic', 'sla.reminder', '--topic', 'person.assigned')).out,
    ).toBe('added webhook crm -> https://hooks.example.com/baton\n')
    expect((await add('--secret', secret)).code).toBe(5)
    const list = await cli('webhook', 'list')
    expect(list.out).toMatch(
      /crm\s+https:\/\/hooks\.example\.com\/baton\s+sla\.reminder,person\.assigned\s+json\s+8\s+yes/,
    )
    expect(list.out).not.toContain(secret)
    expect((await cli('webhook', 'remove', 'crm')).out).toBe('turned off webhook crm\n')
    expect((await cli('webhook', 'list')).out).toMatch(/crm\s+.*\s+8\s+no\n/)
    const missing = await cli('webhook', 'remove', 'nothing')
    expect([missing.code, missing.err]).toEqual([4, expect.stringContaining('[webhook.not_found]')])
  })

  it('books and records meetings, refers a colleague, reviews and lists nurture', async () => {
    const { ctx, cli } = await setUp()
    const ana = await mql(ctx, 'ana@acme.com')
    const booked = JSON.parse(
      (await cli('meeting', 'book', ana, '--at', '2026-12-08T15:00:00Z', '--json')).out,
    )
    expect(booked).toMatchObject({ personId: ana, status: 'booked' })
    expect((await cli('meeting', 'book', ana, '--at', 'next week')).code).toBe(2)
    expect((await cli('meeting', 'held', ana, booked.id)).out).toBe(
      `meeting ${booked.id} with person ${ana} at 2026-12-08T15:00:00.000Z: held\n`,
    )
    expect((await cli('meeting', 'no-show', ana, booked.id)).code).toBe(5)

    const referred = await cli('person', 'refer', ana, '--email', 'cfo@acme.com', '--title', 'CFO')
    expect(referred.out).toMatch(
      new RegExp(
        `^created person [0-9a-f-]+ \\(cfo@acme.com\\), referred by ${ana}; original source webinar\\n$`,
      ),
    )

    await cli('person', 'disposition', ana, '--outcome', 'disqualified', '--reason', 'no_need')
    const reviews = await cli('review', 'list')
    expect(reviews.out).toMatch(/^id\s+kind\s+person\s+move\s+reason\s+note\s+by\s+created/)
    expect(reviews.out).toContain(`meeting  ${ana}  mql -> disqualified  no_need`)
    const [review] = JSON.parse((await cli('review', 'list', '--json')).out).items
    expect((await cli('review', 'resolve', review.id, '--resolution', 'maybe')).code).toBe(2)
    expect((await cli('review', 'resolve', review.id, '--resolution', 'reopened')).out).toBe(
      `review ${review.id} of person ${ana}: reopened\n`,
    )
    expect((await cli('review', 'resolve', review.id, '--resolution', 'upheld')).code).toBe(5)

    const bo = await mql(ctx, 'bo@acme.com')
    await cli('person', 'reject', bo, '--reason', 'unreachable')
    const nurture = await cli('nurture', 'list', '--status', 'active')
    expect(nurture.out).toMatch(
      /^person\s+program\s+status\s+step\s+enrolled\s+next touch\s+reason/,
    )
    expect(nurture.out).toContain(`${bo}  Recycled leads  active  0`)
    expect(nurture.out).toContain('entered nurture: unreachable')
  })

  it('lists clocks, webhooks and reviews through a running server, which sweeps by itself', async () => {
    const { ctx, apiKey } = await setUp()
    const id = await mql(ctx, 'cy@acme.com')
    const api = cliOn(apiClient(await servers.start(db()), apiKey))
    const sweep = await api('sla', 'sweep')
    expect([sweep.code, sweep.err]).toEqual([
      2,
      expect.stringContaining('sweeps due clocks by itself'),
    ])
    const [clock] = JSON.parse((await api('sla', 'clocks', id, '--json')).out)
    expect(clock).toMatchObject({ kind: 'first_response', stoppedAt: null })
    expect(
      (
        await api(
          'webhook',
          'add',
          '--name',
          'chat',
          '--url',
          'https://chat.example.com/hook',
          '--secret',
          'a-long-signing-secret-0123',
          '--format',
          'slack',
        )
      ).code,
    ).toBe(0)
    expect((await api('webhook', 'list')).out).toContain('chat')
    expect(JSON.parse((await api('review', 'list', '--json')).out)).toEqual({ items: [] })
    expect(JSON.parse((await api('nurture', 'list', '--json')).out)).toEqual({ items: [] })
    expect((await api('outbox', 'list')).code).toBe(0)
  })
})
