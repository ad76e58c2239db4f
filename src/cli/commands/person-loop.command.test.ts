import { afterAll, expect, it } from 'vitest'
import { issueApiKey } from '../../app/access/api-keys.ts'
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

describeEachBackend('baton person accept|reject|disposition and baton queue', (db) => {
  async function setUp() {
    const { store, slug, apiKey } = await db().workspace()
    const { ctx } = await scoringContext(store)
    const ben = await addUser(ctx, { email: 'ben@acme.com', name: 'Ben BDR', role: 'sdr' })
    const workspace = await db().storage.workspaces.findBySlug(slug)
    if (!workspace) throw new Error('no workspace')
    const local = localBackend(db().storage, workspace, {
      description: 'test database',
      close: () => Promise.resolve(),
    })
    return { ctx, ben, store, apiKey, cli: cliOn(local) }
  }
  // Every MQL goes to Ben, the only SDR.
  async function mql(ctx: UseCaseContext, email: string): Promise<PersonId> {
    const person = await createPerson(ctx, { email, firstName: 'Ana' })
    await changeStage(ctx, { subject: { type: 'person', id: person.id }, toStage: 'mql' })
    return person.id
  }

  it('accepts, rejects with a reason code of the agreement and dispositions on the database', async () => {
    const { ctx, cli } = await setUp()
    const [ana, bo, cy] = [
      await mql(ctx, 'ana@acme.com'),
      await mql(ctx, 'bo@acme.com'),
      await mql(ctx, 'cy@acme.com'),
    ]
    expect(await cli('person', 'accept', ana, '--note', 'spoke today')).toEqual({
      code: 0,
      out: `accepted person ${ana}: mql -> sal\n`,
      err: '',
    })
    const unknown = await cli('person', 'reject', bo, '--reason', 'busy')
    expect(unknown.code).toBe(7)
    expect(unknown.err).toContain('[handoff.unknown_reason_code]')
    expect(unknown.err).toContain('unreachable, non_compliant, no_need, other')
    const noNote = await cli('person', 'reject', bo, '--reason', 'other')
    expect([noNote.code, noNote.err]).toEqual([7, expect.stringContaining('needs a note')])
    expect((await cli('person', 'reject', bo)).code).toBe(2)
    expect(
      (await cli('person', 'reject', bo, '--reason', 'other', '--note', 'a student')).out,
    ).toBe(`rejected person ${bo} (other): mql -> nurture\n`)
    const badOutcome = await cli('person', 'disposition', cy, '--outcome', 'won')
    expect([badOutcome.code, badOutcome.err]).toEqual([
      2,
      expect.stringContaining('qualified, nurture, recycled, disqualified'),
    ])
    const out = await cli(
      'person',
      'disposition',
      cy,
      '--outcome',
      'disqualified',
      '--reason',
      'no_need',
    )
    expect(out.out).toBe(`disqualified person ${cy} (no_need): mql -> disqualified\n`)
    const json = await cli('person', 'accept', cy, '--json')
    expect([json.code, json.err]).toEqual([6, expect.stringContaining('funnel.invalid_transition')])
  })

  it("lists a rep's queue in due order, and needs --owner where the caller is no user", async () => {
    const { ctx, cli } = await setUp()
    const first = await mql(ctx, 'first@acme.com')
    const second = await mql(ctx, 'second@acme.com')
    const table = await cli('queue', '--owner', 'ben@acme.com')
    expect(table.code).toBe(0)
    const lines = table.out.split('\n')
    expect(lines[0]).toBe('queue of ben@acme.com (sdr): 2 open')
    expect(lines[1]).toMatch(
      /^due\s+left\s+clock\s+level\s+stage\s+person\s+email\s+name\s+next task\s+task due$/,
    )
    expect(lines[3]).toContain(first)
    expect(lines[3]).toMatch(/first_response/)
    // The cadence's first touch: a call, due at the hand-off.
    expect(lines[3]).toMatch(/\bcall\s+\d{4}-\d\d-\d\d \d\d:\d\d$/)
    expect(lines[4]).toContain(second)
    const json = JSON.parse((await cli('queue', '--owner', 'ben@acme.com', '--json')).out)
    expect(json.items.map((i: { person: { id: string } }) => i.person.id)).toEqual([first, second])
    expect(json.items[0].nextTask).toEqual({ channel: 'call', dueAt: expect.any(String) })
    const none = await cli('queue')
    expect([none.code, none.err]).toEqual([2, expect.stringContaining('--owner')])
    expect((await cli('queue', '--owner', 'nobody@acme.com')).code).toBe(4)
  })

  it('works the same through a running server, each rep on their own leads only', async () => {
    const { ctx, ben, store } = await setUp()
    const bea = await addUser(ctx, { email: 'bea@acme.com', name: 'Bea BDR', role: 'sdr' })
    const ana = await mql(ctx, 'ana@acme.com')
    const bo = await mql(ctx, 'bo@acme.com')
    const url = await servers.start(db())
    const keyOf = async (userId: typeof ben.id) =>
      (
        await issueApiKey(db().storage.apiKeys, store.workspaceId, {
          name: 'rep',
          role: 'sdr',
          userId,
        })
      ).key
    const owns = (await ctx.store.people.find(ana))?.ownerId === ben.id ? ben : bea
    const notOwner = owns === ben ? bea : ben
    const mine = cliOn(apiClient(url, await keyOf(owns.id)))
    const theirs = cliOn(apiClient(url, await keyOf(notOwner.id)))
    const queue = JSON.parse((await mine('queue', '--json')).out)
    expect(queue.owner.email).toBe(owns.email)
    expect(queue.items.map((i: { person: { id: string } }) => i.person.id)).toContain(ana)
    expect(queue.items[0].clocks[0]).toMatchObject({ kind: 'first_response', stoppedAt: null })
    const denied = await theirs('person', 'accept', ana)
    expect([denied.code, denied.err]).toEqual([3, expect.stringContaining('[auth.forbidden]')])
    expect(await mine('person', 'accept', ana)).toMatchObject({
      code: 0,
      out: `accepted person ${ana}: mql -> sal\n`,
    })
    const boOwner = (await ctx.store.people.find(bo))?.ownerId === owns.id ? mine : theirs
    const rejected = JSON.parse(
      (await boOwner('person', 'reject', bo, '--reason', 'unreachable', '--json')).out,
    )
    expect(rejected).toMatchObject({
      event: { toStage: 'nurture', reasonCode: 'unreachable' },
      review: null,
    })
  })
})
