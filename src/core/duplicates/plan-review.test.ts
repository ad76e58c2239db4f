import { describe, expect, it } from 'vitest'
import type { AccountId } from '../shared/index.ts'
import { planReview } from './plan-review.ts'
import { duplicatePerson } from './duplicate-person.fixture.ts'
import type { DuplicatePerson } from './types.ts'

const acme = 'c0000000-0000-4000-8000-000000000003' as AccountId
let serial = 0

function stored(fields: Partial<DuplicatePerson>): DuplicatePerson {
  serial += 1
  const id = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`
  const createdAt = new Date(Date.UTC(2026, 0, serial)).toISOString()
  return duplicatePerson(id, createdAt, {
    firstName: 'Ana',
    lastName: 'Ruiz',
    accountId: acme,
    ...fields,
  })
}

const mapOf = (people: readonly DuplicatePerson[]) => new Map(people.map((p) => [p.id, p]))

describe('planReview', () => {
  it('merges a strong pair into the older person and queues a weak one', () => {
    const existing = stored({ phone: '+34911234567', email: 'ana@acme.com' })
    const other = stored({ firstName: 'Bo', lastName: 'Lind', email: 'bo@acme.com' })
    const fresh = stored({ phone: '+34911234567', email: 'ana.ruiz@acme.com' })
    const lookalike = stored({ firstName: 'Bo', lastName: 'Lind', email: 'blind@acme.com' })
    const plan = planReview(
      mapOf([existing, other, fresh, lookalike]),
      [
        [fresh.id, existing.id],
        [lookalike.id, other.id],
      ],
      new Set([fresh.id, lookalike.id]),
    )
    expect(plan.merges.map((m) => [m.a, m.b, m.match.tier])).toEqual([
      [existing.id, fresh.id, 'strong'],
    ])
    expect(plan.queue.map((q) => [q.a, q.b, q.match.tier])).toEqual([
      [other.id, lookalike.id, 'weak'],
    ])
  })

  it('merges a new person at most once: a second strong match waits for review', () => {
    const one = stored({ phone: '+34911234567', email: 'ana@acme.com' })
    const two = stored({ phone: '+34911234567', email: 'ana.r@acme.com' })
    const fresh = stored({ phone: '+34911234567', email: 'aruiz@acme.com' })
    const plan = planReview(
      mapOf([one, two, fresh]),
      [
        [fresh.id, one.id],
        [fresh.id, two.id],
      ],
      new Set([fresh.id]),
    )
    expect(plan.merges).toHaveLength(1)
    expect(plan.merges[0]?.a).toBe(one.id)
    expect(plan.queue.map((q) => [q.a, q.b])).toEqual([[one.id, two.id]])
  })

  it('drops pairs that matched nothing, and pairs the merges already joined', () => {
    const existing = stored({ phone: '+34911234567' })
    const freshA = stored({ phone: '+34911234567', email: 'a@acme.com' })
    const freshB = stored({ phone: '+34911234567', email: 'b@acme.com' })
    const stranger = stored({ firstName: 'Li', lastName: 'Wei', accountId: null })
    const plan = planReview(
      mapOf([existing, freshA, freshB, stranger]),
      [
        [freshA.id, existing.id],
        [freshB.id, existing.id],
        [freshA.id, freshB.id],
        [freshA.id, stranger.id],
      ],
      new Set([freshA.id, freshB.id]),
    )
    expect(plan.merges.map((m) => m.a)).toEqual([existing.id, existing.id])
    expect(plan.queue).toEqual([])
  })

  it('joins two new copies of a person to the original, not to each other first', () => {
    const freshA = stored({ phone: '+34911234567', email: 'a@acme.com' })
    const freshB = stored({ phone: '+34911234567', email: 'b@acme.com' })
    const original = { ...stored({ phone: '+34911234567' }), createdAt: new Date(0) }
    const plan = planReview(
      mapOf([original, freshA, freshB]),
      [
        [freshA.id, freshB.id],
        [freshB.id, original.id],
        [freshA.id, original.id],
      ],
      new Set([freshA.id, freshB.id]),
    )
    expect(plan.merges.map((m) => [m.a, m.b])).toEqual([
      [original.id, freshA.id],
      [original.id, freshB.id],
    ])
  })
})
