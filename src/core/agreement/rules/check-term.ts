import type { Agreement } from '../types.ts'
import { error, type RuleFinding } from './rule-finding.ts'

/** The term ends no earlier than it starts and the first review comes after rollout. */
export function checkTerm(agreement: Agreement): RuleFinding[] {
  const { term, review } = agreement
  const findings: RuleFinding[] = []
  // YYYY-MM-DD dates order as text.
  if (term.endsOn !== undefined && term.endsOn < term.startsOn) {
    findings.push(
      error(
        ['term', 'endsOn'],
        `the term ends on ${term.endsOn}, before it starts on ${term.startsOn}`,
        'set endsOn on or after startsOn, or leave it out for an open-ended term',
      ),
    )
  }
  if (review.firstReviewAfterDays <= 0) {
    findings.push(
      error(
        ['review', 'firstReviewAfterDays'],
        `the first review is ${review.firstReviewAfterDays} days after rollout`,
        'set firstReviewAfterDays above 0 (seed 004: review 90 days after rollout)',
      ),
    )
  }
  return findings
}
