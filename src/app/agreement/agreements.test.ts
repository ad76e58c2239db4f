import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../../test/database.ts'
import { codeOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import { actAsUser } from '../access/act-as-user.ts'
import { addUser } from '../access/users.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStage, listStageEvents } from '../funnel/change-stage.ts'
import { createOpportunity } from '../records/opportunities.ts'
import { createPerson } from '../records/people.ts'
import {
  draftAgreement,
  getAgreement,
  getAgreementInForce,
  listAgreements,
  reviseDraft,
  signAgreement,
} from './agreements.ts'

// The database owner signs in each signatory's name, as the local CLI does.
const signAs = async (ctx: UseCaseContext, version: number, email: string) =>
  signAgreement(await actAsUser(ctx, email), version, email)

describeEachBackend('agreement lifecycle', (db) => {
  async function workspace(now = '2026-03-10T12:00:00.000Z') {
    const clock = fixedClock(now)
    const ctx: UseCaseContext = {
      store: (await db().workspace()).store,
      clock,
      actor: 'test',
      role: 'admin',
    }
    await addUser(ctx, { email: 'maria@acme.com', name: 'Maria Marketing', role: 'marketing' })
    await addUser(ctx, { email: 'sam@acme.com', name: 'Sam Sales', role: 'sales' })
    return { ctx, clock }
  }

  async function signed(ctx: UseCaseContext, document = agreementFixture()) {
    const { version } = await draftAgreement(ctx, document)
    await signAs(ctx, version.version, 'maria@acme.com')
    return signAs(ctx, version.version, 'sam@acme.com')
  }

  describe('versions', () => {
    it('numbers drafts consecutively even when they arrive at once', async () => {
      const { ctx } = await workspace()
      const drafts = await Promise.all(
        [1, 2, 3, 4].map(() => draftAgreement(ctx, agreementFixture())),
      )
      expect(drafts.map((d) => d.version.version).sort()).toEqual([1, 2, 3, 4])
      expect((await listAgreements(ctx)).map((v) => v.status)).toEqual([
        'draft',
        'draft',
        'draft',
        'draft',
      ])
    })

    it('refuses a document with errors and stores nothing', async () => {
      const { ctx } = await workspace()
      const broken = {
        ...agreementFixture(),
        exitCriteria: { ...agreementFixture().exitCriteria, resolutionWithinBusinessDays: 0 },
      }
      expect(await codeOf(draftAgreement(ctx, broken))).toBe('agreement.invalid')
      expect(await listAgreements(ctx)).toEqual([])
    })

    it('signs with both sides, then never changes the signed version', async () => {
      const { ctx } = await workspace()
      const version = await signed(ctx)
      expect(version).toMatchObject({
        status: 'signed',
        effectiveFrom: new Date('2026-03-10T12:00:00.000Z'),
      })
      const stored = await getAgreement(ctx, version.version)
      expect(stored.signatures.map((s) => [s.side, s.signerEmail])).toEqual([
        ['marketing', 'maria@acme.com'],
        ['sales', 'sam@acme.com'],
      ])
      expect(await codeOf(reviseDraft(ctx, version.version, agreementFixture()))).toBe(
        'agreement.immutable',
      )
      expect(await codeOf(signAs(ctx, version.version, 'maria@acme.com'))).toBe(
        'agreement.immutable',
      )
    })

    it('revising a draft drops the signature it had', async () => {
      const { ctx } = await workspace()
      const { version } = await draftAgreement(ctx, agreementFixture())
      await signAs(ctx, version.version, 'maria@acme.com')
      const revised = { ...agreementFixture(), purpose: 'Revised purpose.' }
      await reviseDraft(ctx, version.version, revised)
      const stored = await getAgreement(ctx, version.version)
      expect(stored).toMatchObject({
        status: 'draft',
        signatures: [],
        document: { purpose: 'Revised purpose.' },
      })
    })

    it('lets only marketing and sales sign, each only as themselves', async () => {
      const { ctx } = await workspace()
      const { version } = await draftAgreement(ctx, agreementFixture())
      expect(await codeOf(signAgreement(ctx, version.version, 'maria@acme.com'))).toBe(
        'auth.forbidden',
      )
      const sam = await actAsUser(ctx, 'sam@acme.com')
      expect(await codeOf(signAgreement(sam, version.version, 'maria@acme.com'))).toBe(
        'auth.forbidden',
      )
      const keyWithoutUser: UseCaseContext = { ...ctx, role: 'marketing' }
      expect(await codeOf(signAgreement(keyWithoutUser, version.version, 'maria@acme.com'))).toBe(
        'auth.forbidden',
      )
      expect((await signAgreement(sam, version.version, 'sam@acme.com')).signatures).toHaveLength(1)
    })

    it('refuses unknown signers and versions', async () => {
      const { ctx } = await workspace()
      const { version } = await draftAgreement(ctx, agreementFixture())
      expect(await codeOf(signAs(ctx, version.version, 'ghost@acme.com'))).toBe('user.not_found')
      expect(await codeOf(signAs(ctx, 99, 'maria@acme.com'))).toBe('agreement.not_found')
      expect(await codeOf(getAgreement(ctx, 99))).toBe('agreement.not_found')
    })

    it('puts a newer version in force only from its effective date', async () => {
      const { ctx, clock } = await workspace()
      expect(await codeOf(getAgreementInForce(ctx))).toBe('agreement.none_in_force')
      await signed(ctx)
      const later = { ...agreementFixture(), term: { startsOn: '2026-07-01' } }
      await signed(ctx, later)
      expect((await getAgreementInForce(ctx)).version).toBe(1)
      expect((await getAgreementInForce(ctx, new Date('2026-07-01T00:00:00.000Z'))).version).toBe(2)
      clock.set('2026-08-01T00:00:00.000Z')
      expect((await getAgreementInForce(ctx)).version).toBe(2)
    })
  })

  describe('stage changes under the agreement in force', () => {
    it('records no version while no agreement is in force, then the version in force', async () => {
      const { ctx } = await workspace()
      const before = await createPerson(ctx, { email: 'early@acme.com' })
      await signed(ctx)
      const after = await createPerson(ctx, { email: 'later@acme.com', stage: 'Inquiry' })
      expect(after.stage).toBe('inquiry')
      const events = (await listStageEvents(ctx, { limit: 10 }, { subjectType: 'person' })).items
      expect(events.map((e) => [e.subject.id, e.agreementVersion])).toEqual([
        [before.id, null],
        [after.id, 1],
      ])
    })

    it('moves a lead only along the agreed transitions and says what the move implies', async () => {
      const { ctx } = await workspace()
      await signed(ctx)
      const person = await createPerson(ctx, { email: 'lead@acme.com' })
      const subject = { type: 'person', id: person.id } as const
      expect(await codeOf(changeStage(ctx, { subject, toStage: 'sql' }))).toBe(
        'funnel.invalid_transition',
      )
      const moved = await changeStage(ctx, { subject, toStage: 'MQL' })
      expect(moved).toMatchObject({
        toStage: 'mql',
        agreementVersion: 1,
        implies: { ownerTeam: 'sdr' },
      })
      expect(moved.implies?.startClocks.map((c) => c.kind)).toEqual(['first_response'])
    })

    it('keeps opportunities to the agreed sales stages', async () => {
      const { ctx } = await workspace()
      await signed(ctx)
      expect(await codeOf(createOpportunity(ctx, { name: 'Deal', stage: 'Prospecting' }))).toBe(
        'funnel.invalid_stage',
      )
      const opportunity = await createOpportunity(ctx, { name: 'Deal', stage: 'discovery' })
      expect(opportunity.stage).toBe('Discovery')
      const subject = { type: 'opportunity', id: opportunity.id } as const
      expect(await changeStage(ctx, { subject, toStage: 'proposal' })).toMatchObject({
        toStage: 'Proposal',
        agreementVersion: 1,
      })
    })
  })
})
