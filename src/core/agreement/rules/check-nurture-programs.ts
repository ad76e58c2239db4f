import type { Agreement } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, type RuleFinding } from './rule-finding.ts'

/** Nurture programs have unique names and touches at strictly increasing, positive months. */
export function checkNurturePrograms(agreement: Agreement): RuleFinding[] {
  const { nurturePrograms } = agreement
  const touches = nurturePrograms.flatMap((program, index) =>
    program.touchMonths.flatMap((month, touchIndex): RuleFinding[] => {
      const previous = program.touchMonths[touchIndex - 1]
      if (month > 0 && (previous === undefined || month > previous)) return []
      return [
        error(
          ['nurturePrograms', index, 'touchMonths', touchIndex],
          month <= 0
            ? `touch at month ${month} is not after enrollment`
            : `touch at month ${month} does not come after the touch at month ${previous ?? ''}`,
          'list touch months as positive, strictly increasing numbers, e.g. [1, 3, 6, 9, 12]',
        ),
      ]
    }),
  )
  const duplicates = findDuplicates(nurturePrograms, (program) => program.name).map((d) =>
    error(
      ['nurturePrograms', d.index, 'name'],
      `nurture program "${d.value}" is listed twice (first at nurturePrograms[${d.firstIndex}])`,
      'give each nurture program its own name, or merge the two',
    ),
  )
  return [...touches, ...duplicates]
}
