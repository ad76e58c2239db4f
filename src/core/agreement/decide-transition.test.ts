import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import type { CanonicalStage } from '../funnel/index.ts'
import { decideTransition, resolveStage } from './decide-transition.ts'

const agreement = agreementFixture()

describe('decideTransition under the waterfall fixture', () => {
  it.each<[CanonicalStage | null, CanonicalStage, boolean]>([
    [null, 'inquiry', true],
    [null, 'sql', true],
    [null, 'customer', false],
    ['inquiry', 'mql', true],
    ['inquiry', 'sql', false],
    ['mql', 'sal', true],
    ['mql', 'won', false],
    ['sal', 'sql', true],
    ['sql', 'opportunity', true],
    ['opportunity', 'won', true],
    ['opportunity', 'nurture', false],
    ['nurture', 'mql', true],
    ['nurture', 'sal', false],
    ['won', 'lost', false],
  ])('%s -> %s allowed: %s', (from, to, allowed) => {
    expect(decideTransition(agreement, from, to).kind).toBe(allowed ? 'allowed' : 'refused')
  })

  it('names the stages a lead may move to when it refuses', () => {
    const decision = decideTransition(agreement, 'inquiry', 'sql')
    expect(decision).toEqual({
      kind: 'refused',
      reason:
        'The agreement in force does not allow inquiry -> sql; from inquiry a lead may move to mql, nurture, disqualified.',
      allowed: ['mql', 'nurture', 'disqualified'],
    })
  })

  it('hands an MQL to the SDR team and starts the first-response clock with the response targets', () => {
    const decision = decideTransition(agreement, 'inquiry', 'mql')
    expect(decision).toMatchObject({
      kind: 'allowed',
      ownerTeam: 'sdr',
      ownerTeamChanges: true,
      stopClocks: [],
    })
    if (decision.kind !== 'allowed') throw new Error('expected allowed')
    expect(decision.startClocks).toEqual([
      {
        kind: 'first_response',
        limit: { kind: 'response_target', targets: agreement.responseTargets },
      },
    ])
  })

  it('stops the first-response clock and starts the 30-day recycle clock when sales accepts', () => {
    const decision = decideTransition(agreement, 'mql', 'sal')
    expect(decision).toMatchObject({
      kind: 'allowed',
      ownerTeam: 'sales',
      stopClocks: ['first_response'],
      startClocks: [{ kind: 'recycle', limit: { kind: 'calendar_days', days: 30 } }],
    })
  })

  it('starts the status-update clock in business days at the first meeting', () => {
    const decision = decideTransition(agreement, 'sal', 'sql')
    expect(decision).toMatchObject({
      stopClocks: ['recycle'],
      startClocks: [{ kind: 'status_update', limit: { kind: 'business_days', businessDays: 1 } }],
      ownerTeamChanges: false,
    })
  })

  it('hands a new lead created as an MQL to the SDR team, and a new inquiry to marketing', () => {
    expect(decideTransition(agreement, null, 'mql')).toMatchObject({
      kind: 'allowed',
      ownerTeam: 'sdr',
      ownerTeamChanges: true,
      stopClocks: [],
      startClocks: [{ kind: 'first_response' }],
    })
    expect(decideTransition(agreement, null, 'inquiry')).toMatchObject({
      ownerTeam: 'marketing',
      ownerTeamChanges: true,
      startClocks: [],
    })
  })

  it('refuses a stage the agreement does not list', () => {
    expect(decideTransition(agreement, null, 'universe')).toMatchObject({ kind: 'refused' })
  })
})

describe('resolveStage', () => {
  it.each([
    ['MQL', 'mql'],
    ['  sqo ', 'opportunity'],
    ['sal', 'sal'],
    ['customer', 'customer'],
    ['Hot Lead', undefined],
  ])('resolves %j to %s', (name, expected) => {
    expect(resolveStage(agreement, name)).toBe(expected)
  })
})
