import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { errorOf } from '../../../test/error-of.ts'
import { isAppError } from '../shared/index.ts'
import type { AgreementVersion } from './agreement-version.ts'
import { planSignature } from './plan-signature.ts'

const now = new Date('2026-03-10T12:00:00.000Z')
const maria = { email: 'Maria@acme.com', name: 'Maria Marketing', role: 'marketing' }
const sam = { email: 'sam@acme.com', name: 'Sam Sales', role: 'sales' }

function draft(overrides: Partial<AgreementVersion> = {}): AgreementVersion {
  return {
    version: 3,
    status: 'draft',
    document: agreementFixture(),
    signatures: [],
    effectiveFrom: null,
    createdBy: 'test',
    createdAt: now,
    ...overrides,
  }
}

describe('planSignature', () => {
  it('keeps the version a draft after the first side signs', () => {
    const plan = planSignature(draft(), maria, now)
    expect(plan).toEqual({
      status: 'draft',
      effectiveFrom: null,
      signatures: [
        {
          side: 'marketing',
          signerName: 'Maria Marketing',
          signerEmail: 'maria@acme.com',
          signedAt: now,
        },
      ],
    })
  })

  it('signs the version when the second side signs, effective now when the term already began', () => {
    const first = planSignature(draft(), maria, now)
    const plan = planSignature(draft({ signatures: first.signatures }), sam, now)
    expect(plan.status).toBe('signed')
    expect(plan.effectiveFrom).toEqual(now)
    expect(plan.signatures.map((s) => s.side)).toEqual(['marketing', 'sales'])
  })

  it('takes force at the start of the term when that is later than the signing', () => {
    const document = { ...agreementFixture(), term: { startsOn: '2026-07-01' } }
    const first = planSignature(draft({ document }), sam, now)
    const plan = planSignature(draft({ document, signatures: first.signatures }), maria, now)
    expect(plan.effectiveFrom).toEqual(new Date('2026-07-01T00:00:00.000Z'))
  })

  it.each([
    [
      'the same side signs twice',
      draft({ signatures: planSignature(draft(), maria, now).signatures }),
      maria,
      'agreement.signature_refused',
      /already signed/,
    ],
    [
      'an SDR signs',
      draft(),
      { ...maria, role: 'sdr' },
      'agreement.signature_refused',
      /only a marketing or a sales user/,
    ],
    [
      'an admin signs',
      draft(),
      { ...maria, role: 'admin' },
      'agreement.signature_refused',
      /only a marketing or a sales user/,
    ],
    [
      'a marketing user who is not a listed signatory signs',
      draft(),
      { ...maria, email: 'intern@acme.com' },
      'agreement.signature_refused',
      /not a listed marketing signatory/,
    ],
    [
      'a sales user signs for the marketing signatory',
      draft(),
      { ...maria, role: 'sales' },
      'agreement.signature_refused',
      /not a listed sales signatory/,
    ],
    [
      'anyone signs a signed version',
      draft({ status: 'signed' }),
      sam,
      'agreement.immutable',
      /never changes/,
    ],
    [
      'anyone signs a retired version',
      draft({ status: 'retired' }),
      sam,
      'agreement.immutable',
      /retired/,
    ],
  ])('refuses when %s', (_case, version, signer, code, message) => {
    const error = errorOf(() => planSignature(version, signer, now))
    expect(isAppError(error, code as 'agreement.immutable')).toBe(true)
    expect((error as Error).message).toMatch(message)
  })
})
