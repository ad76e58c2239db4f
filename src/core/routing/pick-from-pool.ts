import type { RoutingPool } from '../agreement/index.ts'
import type { UserId } from '../shared/index.ts'
import { findIneligibility } from './find-ineligibility.ts'
import type { PoolMember, RoutingUser } from './types.ts'

export type PoolPick =
  | { readonly kind: 'picked'; readonly userId: UserId; readonly reason: string }
  | { readonly kind: 'none'; readonly reason: string }

type Candidate = { readonly member: PoolMember; readonly user: RoutingUser }

// Members in a fixed order, rotated to start just after the user the pool last assigned to.
function inTurn(members: readonly Candidate[], cursor: UserId | undefined): Candidate[] {
  const sorted = [...members].sort((a, b) => a.member.userId.localeCompare(b.member.userId))
  const next = cursor === undefined ? 0 : sorted.findIndex((c) => c.member.userId > cursor)
  const start = next === -1 ? 0 : next
  return [...sorted.slice(start), ...sorted.slice(0, start)]
}

function choose(pool: RoutingPool, ordered: readonly Candidate[]): Candidate | undefined {
  switch (pool.distribution) {
    case 'round_robin':
      return ordered[0]
    case 'weighted':
      // Whoever is furthest below their share after one more lead: counts track weights within one lead.
      return ordered.reduce<Candidate | undefined>((best, c) => {
        if (best === undefined) return c
        const mine = (c.member.assignedCount + 1) / c.member.weight
        const theirs = (best.member.assignedCount + 1) / best.member.weight
        return mine < theirs ? c : best
      }, undefined)
    case 'least_loaded':
      return ordered.reduce<Candidate | undefined>(
        (best, c) => (best === undefined || c.user.openLeads < best.user.openLeads ? c : best),
        undefined,
      )
  }
}

function why(pool: RoutingPool, chosen: Candidate): string {
  switch (pool.distribution) {
    case 'round_robin':
      return `next in turn in pool ${pool.name}`
    case 'weighted':
      return `weight ${chosen.member.weight}, ${chosen.member.assignedCount} leads so far in pool ${pool.name}: furthest below their share`
    case 'least_loaded':
      return `fewest open leads (${chosen.user.openLeads}) in pool ${pool.name}`
  }
}

/**
 * Picks a member of the pool by its distribution, skipping inactive, out-of-office and full users;
 * ties go to the next in turn after `cursor`. Says why nobody could take the lead when none can.
 */
export function pickFromPool(
  pool: RoutingPool,
  members: readonly PoolMember[],
  users: ReadonlyMap<UserId, RoutingUser>,
  context: { readonly cursor: UserId | undefined; readonly now: Date },
): PoolPick {
  const skipped: string[] = []
  const eligible: Candidate[] = []
  for (const member of members) {
    const user = users.get(member.userId)
    const problem = user === undefined ? 'not a user' : findIneligibility(user, context.now)
    if (user === undefined || problem !== undefined) skipped.push(`${member.userId} ${problem}`)
    else if (member.weight > 0) eligible.push({ member, user })
  }
  const chosen = choose(pool, inTurn(eligible, context.cursor))
  if (chosen !== undefined)
    return { kind: 'picked', userId: chosen.member.userId, reason: why(pool, chosen) }
  const detail =
    members.length === 0 ? 'has no members' : `has nobody eligible: ${skipped.join('; ')}`
  return { kind: 'none', reason: `pool ${pool.name} ${detail}` }
}
