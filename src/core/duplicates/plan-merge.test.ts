import { describe, expect, it } from 'vitest'
import type { AccountId, PersonId } from '../shared/index.ts'
import { mergedSurvivor, planMerge } from './plan-merge.ts'
import { planUnmerge } from './plan-unmerge.ts'
import { duplicatePerson } from './duplicate-person.fixture.ts'

const older = 'b0000000-0000-4000-8000-000000000002' as PersonId
const newer = 'a0000000-0000-4000-8000-000000000001' as PersonId

const stored = duplicatePerson

describe('planMerge', () => {
  const first = stored(older, '2026-01-01T00:00:00Z', {
    firstName: 'Ana',
    title: 'VP Marketing',
    consent: { email: true, phone: true },
    properties: { campaign: 'q1' },
  })
  const second = stored(newer, '2026-02-01T00:00:00Z', {
    firstName: 'Ana María',
    lastName: 'Ruiz',
    title: 'CMO',
    phone: '+34911234567',
    accountId: 'c0000000-0000-4000-8000-000000000003' as AccountId,
    doNotContact: true,
    consent: { email: false, sms: true },
    properties: { campaign: 'q2', budget: '10k' },
  })

  it('keeps the older person whatever the order, filling only its blanks', () => {
    for (const [a, b] of [
      [first, second],
      [second, first],
    ] as const) {
      const plan = planMerge(a, b)
      expect(plan).toMatchObject({ survivorId: older, loserId: newer })
      const survivor = mergedSurvivor(first, plan)
      expect(survivor).toMatchObject({
        firstName: 'Ana',
        lastName: 'Ruiz',
        title: 'VP Marketing',
        phone: '+34911234567',
        accountId: second.accountId,
      })
    }
  })

  it('lets the most restrictive opt-out win: do-not-contact and every consent refusal', () => {
    const survivor = mergedSurvivor(first, planMerge(first, second))
    expect(survivor.doNotContact).toBe(true)
    expect(survivor.consent).toEqual({ email: false, phone: true, sms: true })
    expect(survivor.properties).toEqual({ campaign: 'q1', budget: '10k' })
    const optedOut = stored(older, '2026-01-01T00:00:00Z', { doNotContact: true })
    const fresh = stored(newer, '2026-02-01T00:00:00Z', {})
    expect(mergedSurvivor(optedOut, planMerge(optedOut, fresh)).doNotContact).toBe(true)
  })

  it('breaks a tie in creation time by id, so both orders agree', () => {
    const a = stored(older, '2026-01-01T00:00:00Z', {})
    const b = stored(newer, '2026-01-01T00:00:00Z', {})
    expect(planMerge(a, b).survivorId).toBe(newer)
    expect(planMerge(b, a).survivorId).toBe(newer)
  })
})

describe('planUnmerge', () => {
  const first = stored(older, '2026-01-01T00:00:00Z', { firstName: 'Ana' })
  const second = stored(newer, '2026-02-01T00:00:00Z', {
    lastName: 'Ruiz',
    phone: '+34911234567',
    doNotContact: true,
    consent: { email: false },
  })

  it('puts every field the merge wrote back exactly', () => {
    const plan = planMerge(first, second)
    const after = mergedSurvivor(first, plan)
    const undo = planUnmerge(after, plan.changes)
    expect(undo.kept).toEqual([])
    expect({ ...after, ...undo.restore }).toEqual(first)
  })

  it('leaves a field changed since the merge as it is now, and says so', () => {
    const plan = planMerge(first, second)
    const edited = { ...mergedSurvivor(first, plan), phone: '+34600000000' }
    const undo = planUnmerge(edited, plan.changes)
    expect(undo.kept).toEqual(['phone'])
    expect(undo.restore).toEqual({ lastName: null, doNotContact: false, consent: {} })
  })
})
