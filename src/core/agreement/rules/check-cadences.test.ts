import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../../test/agreement-fixture.ts'
import type { Cadence } from '../types.ts'
import { validateAgreement } from '../validate-agreement.ts'
import { checkCadences } from './check-cadences.ts'

const steps: Cadence['steps'] = [
  { channel: 'call', afterBusinessDays: 0 },
  { channel: 'email', afterBusinessDays: 2 },
]
const withCadences = (cadences: readonly Cadence[]) => ({ ...agreementFixture(), cadences })
const found = (cadences: readonly Cadence[]) =>
  checkCadences(withCadences(cadences)).map((f) => [f.severity, f.path.join('.'), f.message])

describe('checkCadences', () => {
  it('accepts cadences per priority and a default one, in day order', () => {
    expect(
      found([
        { name: 'Hot', tier: 'A', priority: 'hot', steps },
        { name: 'Other', tier: 'B', steps },
        { name: 'Sellers', tier: 'A', team: 'sales', steps },
      ]),
    ).toEqual([])
    expect(validateAgreement(agreementFixture()).errors).toEqual([])
  })

  it('refuses steps out of day order', () => {
    const late = [{ channel: 'call', afterBusinessDays: 3 }, ...steps] as const
    expect(found([{ name: 'A', tier: 'A', steps: late }])).toEqual([
      [
        'error',
        'cadences.0.steps.1.afterBusinessDays',
        'step on business day 0 comes before the step above it (day 3)',
      ],
    ])
  })

  it('refuses a priority the response targets do not name, listing the ones they do', () => {
    const [finding] = checkCadences(
      withCadences([{ name: 'A', tier: 'A', priority: 'urgent', steps }]),
    )
    expect(finding).toMatchObject({
      path: ['cadences', 0, 'priority'],
      message: 'priority "urgent" is not a priority of responseTargets',
      fix: 'use one of hot, warm, or remove priority',
    })
  })

  it('refuses two cadences with one name', () => {
    expect(
      found([
        { name: 'A', tier: 'A', steps },
        { name: 'a', tier: 'B', priority: 'hot', steps },
      ]),
    ).toEqual([['error', 'cadences.1.name', 'cadence "a" is listed twice (first at cadences[0])']])
  })
})
