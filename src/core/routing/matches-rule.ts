import type { RoutingRule } from '../agreement/index.ts'
import type { RoutingLead } from './types.ts'

const fold = (value: string): string => value.replace(/\s+/g, '').toLowerCase()

// An absent or empty criterion does not constrain; a listed one needs the lead's value among it.
function among(value: string | null, listed: readonly string[] | undefined): boolean {
  if (listed === undefined || listed.length === 0) return true
  return value !== null && listed.some((item) => fold(item) === fold(value))
}

function startsWithAny(value: string | null, prefixes: readonly string[] | undefined): boolean {
  if (prefixes === undefined || prefixes.length === 0) return true
  return value !== null && prefixes.some((prefix) => fold(value).startsWith(fold(prefix)))
}

/** True when a territory or segment rule's every listed criterion holds for the lead; pool rules always match. */
export function matchesRule(rule: RoutingRule, lead: RoutingLead): boolean {
  switch (rule.kind) {
    case 'account_owner':
      return lead.accountOwnerId !== null
    case 'territory':
      return (
        among(lead.country, rule.countries) &&
        among(lead.region, rule.regions) &&
        startsWithAny(lead.postalCode, rule.postalPrefixes)
      )
    case 'segment': {
      const size = rule.employeeCount
      const inSize =
        size === undefined ||
        (lead.employeeCount !== null &&
          (size.min === undefined || lead.employeeCount >= size.min) &&
          (size.max === undefined || lead.employeeCount <= size.max))
      return among(lead.industry, rule.industries) && inSize && among(lead.product, rule.products)
    }
    case 'pool':
      return true
  }
}
