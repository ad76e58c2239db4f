import type { Agreement, Routing, RoutingRule, Team } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

const poolOf = (rule: RoutingRule): string | undefined => ('pool' in rule ? rule.pool : undefined)

function unknownPools(routing: Routing): RuleFinding[] {
  const names = new Set(routing.pools.map((p) => p.name.trim().toLowerCase()))
  return routing.rules.flatMap((rule, index) => {
    const pool = poolOf(rule)
    if (pool === undefined || names.has(pool.trim().toLowerCase())) return []
    const listed = routing.pools.map((p) => p.name).join(', ') || 'none'
    return [
      error(
        ['routing', 'rules', index, 'pool'],
        `rule "${rule.name}" sends leads to pool "${pool}", which routing.pools does not list`,
        `name one of the pools (${listed}) or add a pool named "${pool}"`,
      ),
    ]
  })
}

function emptyCriteria(routing: Routing): RuleFinding[] {
  return routing.rules.flatMap((rule, index) => {
    const criteria =
      rule.kind === 'territory'
        ? [rule.countries, rule.regions, rule.postalPrefixes]
        : rule.kind === 'segment'
          ? [rule.industries, rule.employeeCount && [rule.employeeCount], rule.products]
          : undefined
    if (criteria === undefined || criteria.some((c) => c !== undefined && c.length > 0)) return []
    return [
      error(
        ['routing', 'rules', index],
        `${rule.kind} rule "${rule.name}" names no criteria, so it would match every lead`,
        rule.kind === 'territory'
          ? 'add countries, regions or postalPrefixes, or make it a pool rule'
          : 'add industries, employeeCount or products, or make it a pool rule',
      ),
    ]
  })
}

// A team that receives hand-offs but has no catch-all pool rule holds every lead no rule matches.
function uncoveredTeams(agreement: Agreement, routing: Routing): RuleFinding[] {
  const receiving = new Set<Team>(
    agreement.funnel.stages.map((s) => s.ownerTeam).filter((team) => team !== 'marketing'),
  )
  const covered = new Set(
    routing.rules.flatMap((rule) => {
      if (rule.kind !== 'pool') return []
      const pool = routing.pools.find((p) => p.name.toLowerCase() === rule.pool.toLowerCase())
      return pool ? [pool.team] : []
    }),
  )
  return [...receiving]
    .filter((team) => !covered.has(team))
    .map((team) =>
      warning(
        ['routing', 'rules'],
        `no pool rule catches ${team} hand-offs that no territory or segment matches; they will be held`,
        `end the rules with { kind: pool, pool: <a ${team} pool> }`,
      ),
    )
}

/** Routing pools are unique and every rule names a listed pool and at least one criterion. */
export function checkRouting(agreement: Agreement): RuleFinding[] {
  const { routing } = agreement
  if (routing === undefined) return []
  const duplicatePools = findDuplicates(routing.pools, (p) => p.name).map((d) =>
    error(
      ['routing', 'pools', d.index, 'name'],
      `pool "${d.value}" is listed twice (first at routing.pools[${d.firstIndex}])`,
      'give each pool its own name, or merge the two',
    ),
  )
  const marketingPools = routing.pools.flatMap((pool, index) =>
    pool.team === 'marketing'
      ? [
          warning(
            ['routing', 'pools', index, 'team'],
            `pool "${pool.name}" is for marketing, which receives no routed hand-offs`,
            'set team to sdr or sales',
          ),
        ]
      : [],
  )
  return [
    ...duplicatePools,
    ...marketingPools,
    ...unknownPools(routing),
    ...emptyCriteria(routing),
    ...uncoveredTeams(agreement, routing),
  ]
}
