import type { Agreement } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { unlistedStage } from './listed-stages.ts'
import { error, type RuleFinding } from './rule-finding.ts'

/** Transitions name only listed stages; each canonical stage is listed once and leaves from one transition. */
export function checkTransitionStages(agreement: Agreement): RuleFinding[] {
  const { stages, transitions } = agreement.funnel
  const duplicateStages = findDuplicates(stages, (stage) => stage.canonical).map((d) =>
    error(
      ['funnel', 'stages', d.index, 'canonical'],
      `stage "${d.value}" is listed twice (first at funnel.stages[${d.firstIndex}])`,
      'list each canonical stage once: merge the two entries',
    ),
  )
  const unknownStages = transitions.flatMap((transition, index) => [
    ...unlistedStage(agreement, transition.from, ['funnel', 'transitions', index, 'from']),
    ...transition.to.flatMap((to, toIndex) =>
      unlistedStage(agreement, to, ['funnel', 'transitions', index, 'to', toIndex]),
    ),
  ])
  const duplicateFroms = findDuplicates(transitions, (t) => t.from).map((d) =>
    error(
      ['funnel', 'transitions', d.index, 'from'],
      `a second transition from "${d.value}" (first at funnel.transitions[${d.firstIndex}])`,
      `merge both "to" lists into the one transition from "${d.value}"`,
    ),
  )
  return [...duplicateStages, ...unknownStages, ...duplicateFroms]
}
