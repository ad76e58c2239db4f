import {
  routingOf,
  type Agreement,
  type RoutingPool,
  type RoutingRule,
} from '../agreement/index.ts'
import type { UserId } from '../shared/index.ts'
import { findIneligibility } from './find-ineligibility.ts'
import { matchesRule } from './matches-rule.ts'
import { pickFromPool } from './pick-from-pool.ts'
import type { PoolMember, RouteDecision, RoutingBar, RoutingInput, RoutingUser } from './types.ts'

const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase()

// Listed members, or else every active user whose role is the pool's team, at weight 1.
function membersOf(pool: RoutingPool, input: RoutingInput): readonly PoolMember[] {
  const listed = [...input.members].find(([name]) => sameName(name, pool.name))?.[1]
  if (listed !== undefined && listed.length > 0) return listed
  return input.users
    .filter((u) => u.role === pool.team && u.active)
    .map((u) => ({ userId: u.id, weight: 1, assignedCount: 0 }))
}

// Another arm's rule, or a rule into another arm's rep group, is not this lead's to take.
function barOf(rule: RoutingRule, barred: RoutingBar | undefined): string | undefined {
  if (barred === undefined) return undefined
  if (barred.rules.some((name) => sameName(name, rule.name)))
    return `${rule.name}: ${barred.because}`
  if (rule.kind !== 'account_owner' && barred.pools.some((name) => sameName(name, rule.pool)))
    return `${rule.name}: pool ${rule.pool} ${barred.because}`
  return undefined
}

// A rule for another team's hand-offs does not apply and stays out of the hold's reason.
type Attempt =
  | RouteDecision
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'not_applicable' }

function tryRule(
  rule: RoutingRule,
  pools: readonly RoutingPool[],
  users: ReadonlyMap<UserId, RoutingUser>,
  input: RoutingInput,
): Attempt {
  if (rule.kind === 'account_owner') {
    if (rule.team !== undefined && rule.team !== input.team) return { kind: 'not_applicable' }
    const ownerId = input.lead.accountOwnerId
    const owner = ownerId === null ? undefined : users.get(ownerId)
    if (ownerId === null || owner === undefined)
      return { kind: 'skipped', reason: `${rule.name}: the account has no owner` }
    const problem = findIneligibility(owner, input.now)
    if (problem !== undefined) return { kind: 'skipped', reason: `${rule.name}: owner ${problem}` }
    return { kind: 'assigned', ownerId, rule: rule.name, reason: 'owns the account', pool: null }
  }
  const pool = pools.find((p) => sameName(p.name, rule.pool))
  if (pool === undefined) return { kind: 'skipped', reason: `${rule.name}: no pool ${rule.pool}` }
  if (pool.team !== input.team) return { kind: 'not_applicable' }
  if (!matchesRule(rule, input.lead))
    return { kind: 'skipped', reason: `${rule.name}: the lead does not match` }
  const cursor = [...input.cursors].find(([name]) => sameName(name, pool.name))?.[1]
  const pick = pickFromPool(pool, membersOf(pool, input), users, { cursor, now: input.now })
  if (pick.kind === 'none') return { kind: 'skipped', reason: `${rule.name}: ${pick.reason}` }
  const matched = rule.kind === 'pool' ? '' : `matches ${rule.kind} ${rule.name}; `
  return {
    kind: 'assigned',
    ownerId: pick.userId,
    rule: rule.name,
    reason: matched + pick.reason,
    pool: pool.name,
  }
}

/**
 * Routes a hand-off to `input.team` through the agreement's rules in order (its own or the
 * default): the first rule that matches and finds an eligible owner assigns; otherwise the lead is
 * held with every rule's reason, so nothing is silently dropped.
 */
export function decideRoute(agreement: Agreement, input: RoutingInput): RouteDecision {
  const routing = routingOf(agreement)
  const users = new Map(input.users.map((u) => [u.id, u]))
  const reasons: string[] = []
  for (const rule of routing.rules) {
    const bar = barOf(rule, input.barred)
    if (bar !== undefined) {
      reasons.push(bar)
      continue
    }
    const attempt = tryRule(rule, routing.pools, users, input)
    if (attempt.kind === 'skipped') reasons.push(attempt.reason)
    else if (attempt.kind !== 'not_applicable') return attempt
  }
  const tried = reasons.length === 0 ? `no routing rule is for ${input.team}` : reasons.join('; ')
  return { kind: 'held', reason: `no eligible ${input.team} owner: ${tried}` }
}
