import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import type { Agreement, Routing } from '../agreement/index.ts'
import type { UserId } from '../shared/index.ts'
import { decideRoute } from './decide-route.ts'
import type { PoolMember, RoutingInput, RoutingLead, RoutingUser } from './types.ts'

const now = new Date('2026-11-23T15:00:00.000Z')
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}` as UserId

const user = (n: number, role: string, extra: Partial<RoutingUser> = {}): RoutingUser => ({
  id: id(n),
  role,
  active: true,
  outOfOffice: [],
  capacityPerDay: null,
  capacityPer30Days: null,
  assignedLastDay: 0,
  assignedLast30Days: 0,
  openLeads: 0,
  ...extra,
})

const routing: Routing = {
  pools: [
    { name: 'emea', team: 'sdr', distribution: 'round_robin' },
    { name: 'enterprise', team: 'sdr', distribution: 'least_loaded' },
    { name: 'bdr', team: 'sdr', distribution: 'round_robin' },
    { name: 'ae', team: 'sales', distribution: 'weighted' },
  ],
  rules: [
    { kind: 'account_owner', name: 'Account owner', team: 'sales' },
    { kind: 'territory', name: 'EMEA', pool: 'emea', countries: ['DE'], postalPrefixes: ['10'] },
    { kind: 'segment', name: 'Enterprise', pool: 'enterprise', employeeCount: { min: 1000 } },
    { kind: 'pool', name: 'BDRs', pool: 'bdr' },
    { kind: 'pool', name: 'AEs', pool: 'ae' },
  ],
}
const agreement: Agreement = { ...agreementFixture(), routing }

const lead = (extra: Partial<RoutingLead> = {}): RoutingLead => ({
  country: 'US',
  region: null,
  postalCode: null,
  industry: 'Software',
  employeeCount: 50,
  product: null,
  accountOwnerId: null,
  ...extra,
})

const members = new Map<string, PoolMember[]>([
  ['emea', [{ userId: id(1), weight: 1, assignedCount: 0 }]],
  [
    'enterprise',
    [
      { userId: id(2), weight: 1, assignedCount: 0 },
      { userId: id(3), weight: 1, assignedCount: 0 },
    ],
  ],
])
const users = [
  user(1, 'sdr'),
  user(2, 'sdr', { openLeads: 9 }),
  user(3, 'sdr', { openLeads: 4 }),
  user(4, 'sdr'),
  user(5, 'sales'),
  user(6, 'sales'),
]
const input = (extra: Partial<RoutingInput> = {}): RoutingInput => ({
  team: 'sdr',
  lead: lead(),
  users,
  members,
  cursors: new Map(),
  now,
  ...extra,
})

describe('decideRoute', () => {
  it.each<[string, Partial<RoutingInput>, string, UserId, string]>([
    [
      'the account owner keeps a sales hand-off',
      { team: 'sales', lead: lead({ accountOwnerId: id(6) }) },
      'Account owner',
      id(6),
      'owns the account',
    ],
    [
      'a territory matches on country and postal prefix',
      { lead: lead({ country: 'de', postalCode: '10 115' }) },
      'EMEA',
      id(1),
      'matches territory EMEA; next in turn in pool emea',
    ],
    [
      'a segment matches on size and gives the least-loaded member',
      { lead: lead({ employeeCount: 5000 }) },
      'Enterprise',
      id(3),
      'matches segment Enterprise; fewest open leads (4) in pool enterprise',
    ],
    [
      'the catch-all pool takes the rest, in turn after the cursor',
      { cursors: new Map([['bdr', id(2)]]) },
      'BDRs',
      id(3),
      'next in turn in pool bdr',
    ],
    [
      'a sales hand-off without an account owner goes to the sales pool',
      { team: 'sales' },
      'AEs',
      id(5),
      'weight 1, 0 leads so far in pool ae: furthest below their share',
    ],
  ])('%s', (_name, extra, rule, ownerId, reason) => {
    expect(decideRoute(agreement, input(extra))).toMatchObject({
      kind: 'assigned',
      ownerId,
      rule,
      reason,
    })
  })

  it("skips the rules and pools a lead's experiment arm bars, and says so in the hold", () => {
    const because = 'is barred to arm "held out" of experiment "bdr hold-out"'
    const byPool = decideRoute(agreement, input({ barred: { rules: [], pools: ['BDR'], because } }))
    expect(byPool).toMatchObject({ kind: 'held' })
    expect(byPool.kind === 'held' && byPool.reason).toContain(`BDRs: pool bdr ${because}`)
    const byRule = decideRoute(
      agreement,
      input({
        lead: lead({ employeeCount: 5000 }),
        barred: { rules: ['enterprise'], pools: [], because },
      }),
    )
    expect(byRule).toMatchObject({ kind: 'assigned', rule: 'BDRs' })
  })

  it('ignores an account owner for SDR hand-offs when the rule is for sales', () => {
    const decision = decideRoute(agreement, input({ lead: lead({ accountOwnerId: id(6) }) }))
    expect(decision).toMatchObject({ kind: 'assigned', rule: 'BDRs' })
  })

  it('passes over an out-of-office account owner to the pool', () => {
    const away = users.map((u) =>
      u.id === id(6)
        ? { ...u, outOfOffice: [{ from: new Date('2026-11-20'), to: new Date('2026-11-30') }] }
        : u,
    )
    const decision = decideRoute(
      agreement,
      input({ team: 'sales', users: away, lead: lead({ accountOwnerId: id(6) }) }),
    )
    expect(decision).toMatchObject({ kind: 'assigned', rule: 'AEs', ownerId: id(5) })
  })

  it('skips a territory owner at capacity and falls through to the next rule', () => {
    const full = users.map((u) =>
      u.id === id(1) ? { ...u, capacityPerDay: 3, assignedLastDay: 3 } : u,
    )
    const decision = decideRoute(
      agreement,
      input({ users: full, lead: lead({ country: 'DE', postalCode: '10115' }) }),
    )
    expect(decision).toMatchObject({ kind: 'assigned', rule: 'BDRs' })
  })

  it('holds the lead when every SDR is out of office, naming each rule and person', () => {
    const away = { from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-24T00:00:00Z') }
    const allAway = users.map((u) => ({ ...u, outOfOffice: [away] }))
    const decision = decideRoute(agreement, input({ users: allAway }))
    expect(decision.kind).toBe('held')
    if (decision.kind !== 'held') return
    expect(decision.reason).toMatch(/^no eligible sdr owner: /)
    expect(decision.reason).toContain('EMEA: the lead does not match')
    expect(decision.reason).toContain(
      `BDRs: pool bdr has nobody eligible: ${id(1)} out of office until 2026-11-24T00:00:00.000Z`,
    )
  })

  it('holds when capacity per day and per 30 days is used up', () => {
    const full = users.map((u, i) =>
      i % 2 === 0
        ? { ...u, capacityPerDay: 5, assignedLastDay: 5 }
        : { ...u, capacityPer30Days: 40, assignedLast30Days: 40 },
    )
    const decision = decideRoute(agreement, input({ users: full }))
    expect(decision.kind).toBe('held')
    if (decision.kind !== 'held') return
    expect(decision.reason).toContain(`${id(1)} at daily capacity (5/5)`)
    expect(decision.reason).toContain(`${id(2)} at 30-day capacity (40/40)`)
  })

  it('holds inactive-only pools and pools with no members', () => {
    const inactive = users.map((u) => ({ ...u, active: false }))
    const decision = decideRoute(agreement, input({ users: inactive, team: 'sales' }))
    expect(decision).toEqual({
      kind: 'held',
      reason:
        'no eligible sales owner: Account owner: the account has no owner; AEs: pool ae has no members',
    })
  })

  it('uses the default routing when the agreement has none: role pools in turn', () => {
    const decision = decideRoute(agreementFixture(), input({ team: 'sdr', members: new Map() }))
    expect(decision).toEqual({
      kind: 'assigned',
      ownerId: id(1),
      rule: 'SDR round robin',
      reason: 'next in turn in pool sdr',
      pool: 'sdr',
    })
  })
})
