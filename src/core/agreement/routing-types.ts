import type { Team, Range } from './types.ts'

// Routing: pools and the ordered rules that choose who receives a hand-off.
export const routingDistributions = ['round_robin', 'weighted', 'least_loaded'] as const
/** How a pool shares leads: in turn, in proportion to weights, or to whoever holds fewest open leads. */
export type RoutingDistribution = (typeof routingDistributions)[number]

/** A named group of users who share one team's hand-offs; members and weights are workspace data. */
export type RoutingPool = {
  readonly name: string
  readonly team: Team
  readonly distribution: RoutingDistribution
  readonly description?: string
}

/** A rule of the routing ladder; the first rule that names an eligible owner wins. */
export type RoutingRule =
  | {
      readonly kind: 'account_owner'
      readonly name: string
      /** Only for hand-offs to this team; absent means every hand-off. */
      readonly team?: Team
    }
  | {
      readonly kind: 'territory'
      readonly name: string
      readonly pool: string
      /** ISO country codes; a lead matches when its country is listed (and so for the others). */
      readonly countries?: readonly string[]
      readonly regions?: readonly string[]
      /** Postal code prefixes, e.g. "10" for 10xxx; compared without spaces, case-insensitively. */
      readonly postalPrefixes?: readonly string[]
    }
  | {
      readonly kind: 'segment'
      readonly name: string
      readonly pool: string
      readonly industries?: readonly string[]
      readonly employeeCount?: Range
      readonly products?: readonly string[]
    }
  | { readonly kind: 'pool'; readonly name: string; readonly pool: string }

export type RoutingRuleKind = RoutingRule['kind']

/** Who receives a hand-off: pools and the ordered rules that choose one. */
export type Routing = {
  readonly pools: readonly RoutingPool[]
  readonly rules: readonly RoutingRule[]
}
