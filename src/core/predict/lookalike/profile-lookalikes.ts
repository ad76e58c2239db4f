import { AppError } from '../../shared/index.ts'
import { binOf, quantileEdges } from '../quantile-edges.ts'
import { sigmoid } from '../sigmoid.ts'
import type { FeatureProfile, LevelLift, LookalikeAccount, LookalikeProfile } from './types.ts'

const missing = '(missing)'
const numericBins = 4
const fold = (name: string) => name.trim().toLowerCase()

type Leveler = (value: string | number | null | undefined) => string

/** Numbers fall in quartile ranges of the listed accounts' values; text compares folded. */
function levelerFor(feature: string, listed: readonly LookalikeAccount[]): Leveler {
  const numbers = listed.flatMap((a) => {
    const value = a.values[feature]
    return typeof value === 'number' && Number.isFinite(value) ? [value] : []
  })
  if (numbers.length === 0) {
    return (value) => (value === null || value === undefined ? missing : fold(String(value)))
  }
  const edges = quantileEdges(Float64Array.from(numbers).sort(), numericBins)
  const label = (bin: number) => {
    const low = edges[bin - 2]
    const high = edges[bin - 1]
    if (low === undefined) return high === undefined ? 'any' : `<= ${high}`
    return high === undefined ? `> ${low}` : `${low} < x <= ${high}`
  }
  return (value) => (typeof value === 'number' ? label(binOf(edges, value)) : missing)
}

function profileFeature(
  feature: string,
  level: Leveler,
  best: readonly LookalikeAccount[],
  worst: readonly LookalikeAccount[],
): FeatureProfile {
  const counts = new Map<string, { best: number; worst: number }>()
  const add = (account: LookalikeAccount, side: 'best' | 'worst') => {
    const key = level(account.values[feature])
    const entry = counts.get(key) ?? { best: 0, worst: 0 }
    entry[side] += 1
    counts.set(key, entry)
  }
  best.forEach((a) => add(a, 'best'))
  worst.forEach((a) => add(a, 'worst'))
  const k = counts.size
  const levels: LevelLift[] = [...counts].map(([name, c]) => ({
    level: name,
    best: c.best,
    worst: c.worst,
    lift: (c.best + 0.5) / (best.length + 0.5 * k) / ((c.worst + 0.5) / (worst.length + 0.5 * k)),
  }))
  levels.sort((a, b) => b.lift - a.lift || (a.level < b.level ? -1 : 1))
  const separation =
    levels.reduce((sum, l) => sum + Math.abs(l.best / best.length - l.worst / worst.length), 0) / 2
  return { feature, separation, levels }
}

/**
 * Profiles which account features separate the best customers from the worst (per-level lift,
 * smoothed) and scores every other account by how much its values lean best (naive Bayes on the
 * lifts, even prior). Names match case-insensitively; request.invalid when a list matches nothing.
 */
export function profileLookalikes(
  accounts: readonly LookalikeAccount[],
  lists: { readonly best: readonly string[]; readonly worst: readonly string[] },
  features: readonly string[],
): LookalikeProfile {
  const byName = new Map(accounts.map((a) => [fold(a.name), a]))
  const pick = (names: readonly string[]) =>
    names.flatMap((name) =>
      byName.has(fold(name)) ? [byName.get(fold(name)) as LookalikeAccount] : [],
    )
  const best = pick(lists.best)
  const worst = pick(lists.worst)
  if (best.length === 0 || worst.length === 0) {
    const side = best.length === 0 ? 'bestCustomers' : 'worstCustomers'
    throw new AppError(
      'request.invalid',
      `none of the agreement's ${side} names an account Baton knows — fix: list account names as they are stored (import accounts first)`,
      { details: { side, listed: side === 'bestCustomers' ? lists.best : lists.worst } },
    )
  }
  const unmatched = [...lists.best, ...lists.worst].filter((name) => !byName.has(fold(name)))
  const listed = new Set([...best, ...worst].map((a) => a.id))
  const levelers = features.map((f) => levelerFor(f, [...best, ...worst]))
  const profiles = features.map((f, i) => profileFeature(f, levelers[i] as Leveler, best, worst))
  const ranked = accounts
    .filter((a) => !listed.has(a.id))
    .map((account) => {
      const parts = profiles.map((profile, i) => {
        const level = (levelers[i] as Leveler)(account.values[profile.feature])
        const lift = profile.levels.find((l) => l.level === level)?.lift ?? 1
        return {
          text: `${profile.feature} ${level} (lift ${lift.toFixed(1)})`,
          logLift: Math.log(lift),
        }
      })
      const sum = parts.reduce((total, part) => total + part.logLift, 0)
      const reasons = parts
        .filter((part) => part.logLift !== 0)
        .sort((a, b) => Math.abs(b.logLift) - Math.abs(a.logLift))
        .slice(0, 2)
        .map((part) => part.text)
      return { id: account.id, name: account.name, similarity: sigmoid(sum), reasons }
    })
    .sort((a, b) => b.similarity - a.similarity || (a.name < b.name ? -1 : 1))
  profiles.sort((a, b) => b.separation - a.separation || (a.feature < b.feature ? -1 : 1))
  return { best: best.length, worst: worst.length, unmatched, features: profiles, ranked }
}
