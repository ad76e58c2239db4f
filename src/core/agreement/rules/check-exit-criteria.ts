import type { Agreement, ExitCriteria } from '../types.ts'
import { unlistedStage } from './listed-stages.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

const durations = [
  'recycleAcceptedUnqualifiedAfterDays',
  'sdrTakeBackAfterBusinessDays',
  'resolutionWithinBusinessDays',
  'statusUpdateWithinBusinessDays',
] as const satisfies readonly (keyof ExitCriteria)[]

/** Exit durations are positive, the SDR takes a lead back before it must be resolved, recycleTo is listed. */
export function checkExitCriteria(agreement: Agreement): RuleFinding[] {
  const criteria = agreement.exitCriteria
  const findings = durations.flatMap((key): RuleFinding[] =>
    criteria[key] > 0
      ? []
      : [
          error(
            ['exitCriteria', key],
            `${key} is ${criteria[key]}, so the clock expires at once`,
            `set ${key} above 0 (seed 004: take back after 5-8, resolve within 10-15 business days)`,
          ),
        ],
  )
  if (criteria.sdrTakeBackAfterBusinessDays > criteria.resolutionWithinBusinessDays) {
    findings.push(
      warning(
        ['exitCriteria', 'sdrTakeBackAfterBusinessDays'],
        `the SDR takes a lead back after ${criteria.sdrTakeBackAfterBusinessDays} business days, later than the ${criteria.resolutionWithinBusinessDays} in which it must be resolved`,
        'take-back should come before resolution: lower sdrTakeBackAfterBusinessDays or raise resolutionWithinBusinessDays',
      ),
    )
  }
  return [
    ...findings,
    ...unlistedStage(agreement, criteria.recycleTo, ['exitCriteria', 'recycleTo']),
  ]
}
