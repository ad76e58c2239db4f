import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import type { Agreement, RoutingDistribution } from '../agreement/index.ts'
import type { UserId } from '../shared/index.ts'
import { decideRoute } from './decide-route.ts'
import type { PoolMember, RoutingUser } from './types.ts'

const now = new Date('2026-11-23T15:00:00.000Z')
const id = (n: number) =>
  `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}` as UserId

function agreementWith(distribution: RoutingDistribution): Agreement {
  return {
    ...agreementFixture(),
    routing: {
      pools: [{ name: 'team', team: 'sdr', distribution }],
      rules: [{ kind: 'pool', name: 'Team', pool: 'team' }],
    },
  }
}

// Runs n hand-offs, moving cursors, pool counts and loads the way the use case does.
function simulate(
  distribution: RoutingDistribution,
  weights: readonly number[],
  n: number,
  away: readonly number[] = [],
) {
  const counts = new Map<UserId, number>(weights.map((_, i) => [id(i), 0]))
  let cursor: UserId | undefined
  const agreement = agreementWith(distribution)
  for (let i = 0; i < n; i++) {
    const users: RoutingUser[] = weights.map((_, u) => ({
      id: id(u),
      role: 'sdr',
      active: true,
      outOfOffice: away.includes(u)
        ? [{ from: new Date('2026-01-01'), to: new Date('2027-01-01') }]
        : [],
      capacityPerDay: null,
      capacityPer30Days: null,
      assignedLastDay: 0,
      assignedLast30Days: 0,
      openLeads: counts.get(id(u)) ?? 0,
    }))
    const members: PoolMember[] = weights.map((weight, u) => ({
      userId: id(u),
      weight,
      assignedCount: counts.get(id(u)) ?? 0,
    }))
    const decision = decideRoute(agreement, {
      team: 'sdr',
      lead: {
        country: null,
        region: null,
        postalCode: null,
        industry: null,
        employeeCount: null,
        product: null,
        accountOwnerId: null,
      },
      users,
      members: new Map([['team', members]]),
      cursors: cursor === undefined ? new Map() : new Map([['team', cursor]]),
      now,
    })
    if (decision.kind !== 'assigned') throw new Error(decision.reason)
    cursor = decision.ownerId
    counts.set(decision.ownerId, (counts.get(decision.ownerId) ?? 0) + 1)
  }
  return weights.map((_, u) => counts.get(id(u)) ?? 0)
}

describe('fairness over 10,000 assignments', () => {
  it('round robin gives each of 7 members the same count, give or take one', () => {
    const counts = simulate('round_robin', [1, 1, 1, 1, 1, 1, 1], 10_000)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000)
  })

  it('round robin shares evenly among those in office and gives the absent none', () => {
    const counts = simulate('round_robin', [1, 1, 1, 1], 10_000, [2])
    expect(counts).toEqual([3334, 3333, 0, 3333])
  })

  // Tolerance: each member's share is within 0.1 percentage points of weight / total weight.
  it('weighted 1:2:3:4 gives shares within 0.1 points of 10%, 20%, 30%, 40%', () => {
    const weights = [1, 2, 3, 4]
    const counts = simulate('weighted', weights, 10_000)
    counts.forEach((count, i) => {
      const expected = (weights[i] ?? 0) / 10
      expect(Math.abs(count / 10_000 - expected)).toBeLessThanOrEqual(0.001)
    })
  })

  it('least loaded keeps open loads level', () => {
    const counts = simulate('least_loaded', [1, 1, 1], 10_000)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
  })
})
