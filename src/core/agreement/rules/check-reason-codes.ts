import type { Agreement } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, type RuleFinding } from './rule-finding.ts'

/** At least one disqualification reason code, each code unique regardless of case. */
export function checkReasonCodes(agreement: Agreement): RuleFinding[] {
  const { reasonCodes } = agreement
  if (reasonCodes.length === 0) {
    return [
      error(
        ['reasonCodes'],
        'no disqualification reason codes',
        'add reason codes, e.g. unreachable, non_compliant, no_need and other (seed 004)',
      ),
    ]
  }
  return findDuplicates(reasonCodes, (reason) => reason.code).map((d) =>
    error(
      ['reasonCodes', d.index, 'code'],
      `reason code "${d.value}" repeats reasonCodes[${d.firstIndex}] (codes ignore case)`,
      'give each reason code a distinct code, or merge the two',
    ),
  )
}
