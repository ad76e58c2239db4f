import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../../test/agreement-fixture.ts'
import { renderAgreementMarkdown } from '../render-agreement-markdown.ts'
import type { Agreement, Routing } from '../types.ts'
import { validateAgreement } from '../validate-agreement.ts'
import { checkRouting } from './check-routing.ts'

const withRouting = (routing: Routing): Agreement => ({ ...agreementFixture(), routing })

const sound: Routing = {
  pools: [
    { name: 'bdr', team: 'sdr', distribution: 'round_robin' },
    { name: 'ae', team: 'sales', distribution: 'weighted' },
  ],
  rules: [
    { kind: 'account_owner', name: 'Owner', team: 'sales' },
    { kind: 'territory', name: 'EMEA', pool: 'ae', countries: ['DE', 'FR'] },
    { kind: 'pool', name: 'BDRs', pool: 'bdr' },
    { kind: 'pool', name: 'AEs', pool: 'ae' },
  ],
}

describe('checkRouting', () => {
  it('accepts an agreement without routing (the default applies) and a sound ladder', () => {
    expect(checkRouting(agreementFixture())).toEqual([])
    expect(checkRouting(withRouting(sound))).toEqual([])
    expect(validateAgreement(withRouting(sound)).errors).toEqual([])
  })

  it.each<[string, Routing, string, 'error' | 'warning']>([
    [
      'a rule naming an unlisted pool',
      { ...sound, rules: [...sound.rules, { kind: 'pool', name: 'X', pool: 'ghost' }] },
      'rule "X" sends leads to pool "ghost", which routing.pools does not list',
      'error',
    ],
    [
      'a pool listed twice',
      { ...sound, pools: [...sound.pools, { name: 'BDR', team: 'sdr', distribution: 'weighted' }] },
      'pool "BDR" is listed twice (first at routing.pools[0])',
      'error',
    ],
    [
      'a territory without criteria',
      { ...sound, rules: [{ kind: 'territory', name: 'Anywhere', pool: 'ae' }, ...sound.rules] },
      'territory rule "Anywhere" names no criteria, so it would match every lead',
      'error',
    ],
    [
      'a team with no catch-all pool',
      { ...sound, rules: sound.rules.filter((r) => r.name !== 'AEs') },
      'no pool rule catches sales hand-offs that no territory or segment matches; they will be held',
      'warning',
    ],
  ])('reports %s', (_name, routing, message, severity) => {
    const findings = checkRouting(withRouting(routing))
    expect(findings).toContainEqual(expect.objectContaining({ message, severity }))
  })

  it('renders the ladder in order, and the default when the section is absent', () => {
    const custom = renderAgreementMarkdown(withRouting(sound), {})
    expect(custom).toContain('### 4.5 Routing')
    expect(custom).toContain('2. **EMEA** — when country DE or FR, the lead goes to pool ae.')
    expect(custom).not.toContain('default routing')
    const fallback = renderAgreementMarkdown(agreementFixture(), {})
    expect(fallback).toContain('This agreement uses Baton’s default routing.')
    expect(fallback).toContain('**sdr** (Sales development (SDR)): leads go in turn (round robin).')
  })
})
