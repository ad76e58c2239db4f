/** Pareto classes: A brought the first 80% of the period's won revenue, B the next 10%, C the rest; D bought nothing in the period. */
export const paretoClasses = ['A', 'B', 'C', 'D'] as const
export type ParetoClass = (typeof paretoClasses)[number]

/** Where the classes end, as shares of the period's revenue reached before a customer. */
export const paretoCuts = { a: 0.8, b: 0.9 } as const

/**
 * The Pareto class of each customer by its won revenue in the period (cents): ranked from the
 * largest, a customer is A while the revenue of those ranked above it is under 80% of the total,
 * B under 90%, C after that; a customer with no revenue in the period is D. Ties rank by key.
 */
export function classifyPareto(
  customers: readonly { readonly key: string; readonly periodCents: number }[],
): Map<string, ParetoClass> {
  const total = customers.reduce((sum, c) => sum + Math.max(c.periodCents, 0), 0)
  const ranked = customers
    .filter((c) => c.periodCents > 0)
    .sort((a, b) => b.periodCents - a.periodCents || a.key.localeCompare(b.key))
  const classes = new Map<string, ParetoClass>(customers.map((c) => [c.key, 'D']))
  let before = 0
  for (const customer of ranked) {
    const share = before / total
    classes.set(customer.key, share < paretoCuts.a ? 'A' : share < paretoCuts.b ? 'B' : 'C')
    before += customer.periodCents
  }
  return classes
}
