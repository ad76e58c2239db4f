import { describe, expect, it } from 'vitest'
import { cleanLead, type RawLead } from '../hygiene/index.ts'
import type { PersonId } from '../shared/index.ts'
import { planLeadBatch, type BatchLead } from './plan-lead-batch.ts'
import { storedPerson } from './stored-person.fixture.ts'

const ok = { ok: true, stage: 'inquiry' } as const

function lead(raw: Partial<RawLead>, more: Partial<BatchLead> = {}): BatchLead {
  return {
    clean: cleanLead({ extra: {}, ...raw }),
    externalId: null,
    doNotContact: false,
    firstStage: ok,
    ...more,
  }
}

describe('planLeadBatch', () => {
  it('creates a person once when a new address arrives twice in one batch, the repeat filling blanks', () => {
    const plan = planLeadBatch(
      [
        lead({ email: 'Ana.Ruiz@Acme.com', firstName: 'Ana' }),
        lead({ email: 'ana.ruiz+webinar@acme.com', title: 'CTO' }),
        lead({ email: 'ANA.RUIZ@acme.com' }),
      ],
      [],
    )
    expect(plan.creates).toHaveLength(1)
    expect(plan.creates[0]?.fields).toMatchObject({ firstName: 'Ana', title: 'CTO' })
    expect(plan.resolutions.map((r) => r.kind)).toEqual(['created', 'updated', 'merged'])
    expect(plan.updates.size).toBe(0)
  })

  it('fills a stored person by source id and never overwrites what sales already has', () => {
    const plan = planLeadBatch(
      [lead({ title: 'VP Sales', phone: '+14155552671', firstName: 'Bea' }, { externalId: 'L-7' })],
      [storedPerson('p1', { externalId: 'L-7', firstName: 'Beatrice' })],
    )
    expect(plan.creates).toEqual([])
    expect(plan.resolutions[0]).toEqual({ kind: 'updated', person: { kind: 'stored', id: 'p1' } })
    expect(plan.updates.get('p1' as PersonId)).toEqual({ title: 'VP Sales', phone: '+14155552671' })
  })

  it('leaves an address where it is when another person already holds it', () => {
    const plan = planLeadBatch(
      [lead({ email: 'cy@initech.com', title: 'Buyer' }, { externalId: 'L-1' })],
      [
        storedPerson('p1', { externalId: 'L-1' }),
        storedPerson('p2', { email: 'cy@initech.com', emailNormalized: 'cy@initech.com' }),
      ],
    )
    expect(plan.updates.get('p1' as PersonId)).toEqual({ title: 'Buyer' })
  })

  it('only ever tightens do-not-contact, across a batch and against the store', () => {
    const plan = planLeadBatch(
      [
        lead({ email: 'dee@globex.com' }, { doNotContact: true }),
        lead({ email: 'dee@globex.com' }, { doNotContact: false }),
        lead({ email: 'eve@globex.com' }, { doNotContact: false }),
      ],
      [
        storedPerson('p9', {
          email: 'eve@globex.com',
          emailNormalized: 'eve@globex.com',
          doNotContact: true,
        }),
      ],
    )
    expect(plan.creates[0]?.fields.doNotContact).toBe(true)
    expect(plan.resolutions.map((r) => r.kind)).toEqual(['created', 'merged', 'merged'])
  })

  it('rejects a lead whose first stage is refused, and a later capture of the address still creates', () => {
    const refused = { ok: false, reason: 'funnel.invalid_stage', message: 'no such stage' } as const
    const plan = planLeadBatch(
      [
        lead({ email: 'fay@umbrella.com' }, { firstStage: refused }),
        lead({ email: 'fay@umbrella.com', firstName: 'Fay' }),
      ],
      [],
    )
    expect(plan.resolutions[0]).toEqual({
      kind: 'rejected',
      reason: 'funnel.invalid_stage',
      message: 'no such stage',
    })
    expect(plan.resolutions[1]?.kind).toBe('created')
    expect(plan.creates).toHaveLength(1)
    expect(plan.creates[0]?.lead).toBe(1)
  })

  it('keeps people apart on a shared inbox when their names differ, and joins the same name', () => {
    const plan = planLeadBatch(
      [
        lead({ email: 'info@initech.com', fullName: 'Ida Li' }),
        lead({ email: 'INFO@initech.com', fullName: 'Joe Park' }),
        lead({ email: 'info@initech.com', fullName: 'ida  li', title: 'Office manager' }),
        lead({ email: 'info@initech.com' }),
      ],
      [],
    )
    expect(plan.resolutions.map((r) => r.kind)).toEqual(['created', 'created', 'updated', 'merged'])
    // Only the first holds the address as its key; the second keeps it for display.
    expect(plan.creates.map((c) => c.emailNormalized)).toEqual(['info@initech.com', null])
  })

  it('never joins two leads that share only a missing address', () => {
    const plan = planLeadBatch(
      [
        lead({ fullName: 'Gus Ho', company: 'Hooli' }),
        lead({ fullName: 'Ida Li', company: 'Hooli' }),
      ],
      [],
    )
    expect(plan.resolutions.map((r) => r.kind)).toEqual(['created', 'created'])
  })
})
