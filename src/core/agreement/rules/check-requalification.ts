import type { CanonicalStage } from '../../funnel/index.ts'
import type { Agreement } from '../types.ts'
import { listedStages } from './listed-stages.ts'
import { error, type RuleFinding } from './rule-finding.ts'

const recycledStages: readonly CanonicalStage[] = ['nurture', 'disqualified', 'lost']
const qualifiedStages: readonly CanonicalStage[] = ['sal', 'sql', 'opportunity', 'won', 'customer']
const entryStages: readonly CanonicalStage[] = ['universe', 'inquiry']
const pastMqlStages: readonly CanonicalStage[] = ['sql', 'opportunity', 'won']

/** Recycled leads requalify through mql, and new leads do not jump past mql when mql is listed. */
export function checkRequalification(agreement: Agreement): RuleFinding[] {
  const hasMql = listedStages(agreement).has('mql')
  return agreement.funnel.transitions.flatMap(({ from, to }, index) =>
    to.flatMap((target, toIndex): RuleFinding[] => {
      const path = ['funnel', 'transitions', index, 'to', toIndex]
      if (recycledStages.includes(from) && qualifiedStages.includes(target)) {
        return [
          error(
            path,
            `a lead recycled to "${from}" goes straight to "${target}" without requalifying`,
            `a recycled lead must requalify through mql: send "${from}" to "mql" instead`,
          ),
        ]
      }
      if (hasMql && entryStages.includes(from) && pastMqlStages.includes(target)) {
        return [
          error(
            path,
            `"${from}" goes straight to "${target}", skipping mql`,
            `send "${from}" to "mql"; only leads that meet the mql definition move on to sales`,
          ),
        ]
      }
      return []
    }),
  )
}
