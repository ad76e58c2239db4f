import type { Agreement } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, type RuleFinding } from './rule-finding.ts'

/** Cadences have unique names, steps in day order and a priority the response targets name. */
export function checkCadences(agreement: Agreement): RuleFinding[] {
  const priorities = agreement.responseTargets.map((t) => t.priority)
  const findings: RuleFinding[] = []
  agreement.cadences.forEach((cadence, index) => {
    cadence.steps.forEach((step, stepIndex) => {
      const previous = cadence.steps[stepIndex - 1]
      if (previous === undefined || step.afterBusinessDays >= previous.afterBusinessDays) return
      findings.push(
        error(
          ['cadences', index, 'steps', stepIndex, 'afterBusinessDays'],
          `step on business day ${step.afterBusinessDays} comes before the step above it (day ${previous.afterBusinessDays})`,
          'list steps in day order: each afterBusinessDays at least the one above',
        ),
      )
    })
    if (cadence.priority !== undefined && !priorities.includes(cadence.priority)) {
      findings.push(
        error(
          ['cadences', index, 'priority'],
          `priority "${cadence.priority}" is not a priority of responseTargets`,
          `use one of ${priorities.join(', ') || '(none: add responseTargets)'}, or remove priority`,
        ),
      )
    }
  })
  const names = findDuplicates(agreement.cadences, (c) => c.name).map((d) =>
    error(
      ['cadences', d.index, 'name'],
      `cadence "${d.value}" is listed twice (first at cadences[${d.firstIndex}])`,
      'give each cadence its own name, or merge the two',
    ),
  )
  return [...findings, ...names]
}
