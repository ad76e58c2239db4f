import type { Agreement } from '../types.ts'
import { unlistedStage } from './listed-stages.ts'
import { error, type RuleFinding } from './rule-finding.ts'

/** Conversion goals run between two different listed stages. */
export function checkGoals(agreement: Agreement): RuleFinding[] {
  return agreement.goals.conversions.flatMap((goal, index) => {
    const path = ['goals', 'conversions', index]
    const findings = [
      ...unlistedStage(agreement, goal.from, [...path, 'from']),
      ...unlistedStage(agreement, goal.to, [...path, 'to']),
    ]
    if (goal.from === goal.to) {
      findings.push(
        error(
          [...path, 'to'],
          `conversion goal from "${goal.from}" to itself`,
          'set "to" to the stage the leads should convert into, e.g. from mql to sql',
        ),
      )
    }
    return findings
  })
}
