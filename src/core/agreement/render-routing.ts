// Section 4.5 of the rendered agreement: who receives each hand-off, rule by rule.
import { routingOf } from './default-routing.ts'
import { esc, grouped, joinWords, list, range, teamLabels } from './markdown-wording.ts'
import type { Agreement, RoutingDistribution, RoutingRule } from './types.ts'

const distributionLabels = {
  round_robin: 'in turn (round robin)',
  weighted: 'in proportion to each member’s weight',
  least_loaded: 'to the member with the fewest open leads',
} satisfies Record<RoutingDistribution, string>

const words = (values: readonly string[] | undefined, label: string): string | undefined =>
  values === undefined || values.length === 0
    ? undefined
    : `${label} ${joinWords(values.map(esc), 'or')}`

function criteria(rule: RoutingRule): string {
  switch (rule.kind) {
    case 'account_owner':
      return `the account already has an owner, who keeps ${rule.team === undefined ? 'every hand-off' : `${teamLabels[rule.team]} hand-offs`}`
    case 'territory':
      return [
        words(rule.countries, 'country'),
        words(rule.regions, 'region'),
        words(rule.postalPrefixes, 'postal code starting'),
      ]
        .filter((part) => part !== undefined)
        .join(' and ')
    case 'segment': {
      const size = range(rule.employeeCount, grouped)
      return [
        words(rule.industries, 'industry'),
        size === undefined ? undefined : `${size} employees`,
        words(rule.products, 'product'),
      ]
        .filter((part) => part !== undefined)
        .join(' and ')
    }
    case 'pool':
      return 'no earlier rule chose an owner'
  }
}

/** The routing section: pools, then the rules in the order Baton tries them. */
export function routingSection(agreement: Agreement): string[] {
  const routing = routingOf(agreement)
  const pools = routing.pools.map((pool) => {
    const note = pool.description === undefined ? '' : ` ${esc(pool.description)}`
    return `**${esc(pool.name)}** (${teamLabels[pool.team]}): leads go ${distributionLabels[pool.distribution]}.${note}`
  })
  const rules = routing.rules.map((rule, index) => {
    const to = 'pool' in rule ? `, the lead goes to pool ${esc(rule.pool)}` : ''
    return `${index + 1}. **${esc(rule.name)}** — when ${criteria(rule)}${to}.`
  })
  return [
    '### 4.5 Routing',
    agreement.routing === undefined ? 'This agreement uses Baton’s default routing.' : '',
    list(pools),
    'Rules are tried in this order; the first that finds an eligible owner assigns the lead:',
    rules.join('\n'),
    'An owner is eligible when active, not out of office, and under their daily and 30-day capacity. ' +
      'When no rule finds one, the lead is held with the reason and listed for a manager; it is never dropped.',
  ]
}
