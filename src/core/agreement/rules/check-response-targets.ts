import type { Agreement, ResponseTarget } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'
import { averageWorkingDayHours } from './working-hours.ts'

function durationFindings(agreement: Agreement): RuleFinding[] {
  const dayHours = averageWorkingDayHours(agreement.calendar)
  const resolutionDays = agreement.exitCriteria.resolutionWithinBusinessDays
  const limitHours = dayHours === undefined ? undefined : resolutionDays * dayHours
  return agreement.responseTargets.flatMap((target, index): RuleFinding[] => {
    const path = ['responseTargets', index, 'withinBusinessHours']
    const hours = target.withinBusinessHours
    if (hours <= 0) {
      return [
        error(
          path,
          `priority "${target.priority}" must be answered within ${hours} business hours`,
          'set withinBusinessHours above 0, e.g. 1 for a hot lead and 24 for a warm one',
        ),
      ]
    }
    if (limitHours === undefined || resolutionDays <= 0 || hours <= limitHours) return []
    return [
      error(
        path,
        `priority "${target.priority}" allows ${hours} business hours, more than the ${limitHours} hours (${resolutionDays} business days) in which every lead must be resolved`,
        `set withinBusinessHours to at most ${limitHours}, or raise exitCriteria.resolutionWithinBusinessDays`,
      ),
    ]
  })
}

function minScoreFindings(agreement: Agreement): RuleFinding[] {
  const handoffScore = agreement.scoring.handoffScore
  const findings: RuleFinding[] = []
  let previous: (ResponseTarget & { readonly minScore: number }) | undefined
  agreement.responseTargets.forEach((target, index) => {
    const { minScore } = target
    if (minScore === undefined) return
    const path = ['responseTargets', index, 'minScore']
    if (previous && minScore >= previous.minScore) {
      findings.push(
        warning(
          path,
          `priority "${target.priority}" (minScore ${minScore}) is listed after "${previous.priority}" (minScore ${previous.minScore}), which already takes every lead it would`,
          'list priorities highest minScore first; the first whose threshold a lead meets applies',
        ),
      )
    }
    if (minScore < handoffScore) {
      findings.push(
        warning(
          path,
          `priority "${target.priority}" starts at score ${minScore}, below the hand-off score ${handoffScore}`,
          `raise minScore to at least scoring.handoffScore (${handoffScore}); leads below it are not handed off`,
        ),
      )
    }
    previous = { ...target, minScore }
  })
  return findings
}

/** Response targets: unique priorities, positive and within the resolution limit, ordered by minScore. */
export function checkResponseTargets(agreement: Agreement): RuleFinding[] {
  const duplicates = findDuplicates(agreement.responseTargets, (t) => t.priority).map((d) =>
    error(
      ['responseTargets', d.index, 'priority'],
      `priority "${d.value}" is listed twice (first at responseTargets[${d.firstIndex}])`,
      'give each priority one response target',
    ),
  )
  return [...duplicates, ...durationFindings(agreement), ...minScoreFindings(agreement)]
}
