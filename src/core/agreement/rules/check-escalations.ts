import type { Agreement, ClockEscalation } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

function stepFindings(agreement: Agreement, ladder: ClockEscalation, index: number): RuleFinding[] {
  const codes = agreement.reasonCodes.map((r) => r.code)
  const findings: RuleFinding[] = []
  ladder.steps.forEach((step, stepIndex) => {
    const path = ['escalations', index, 'steps', stepIndex]
    const before = ladder.steps[stepIndex - 1]
    if (before && step.afterBusinessMinutes < before.afterBusinessMinutes) {
      findings.push(
        error(
          [...path, 'afterBusinessMinutes'],
          `step ${stepIndex} of the ${ladder.clock} ladder comes ${step.afterBusinessMinutes} business minutes after the breach, before the step above it (${before.afterBusinessMinutes})`,
          'list the steps in the order they happen, each at or after the one before',
        ),
      )
    }
    if (step.reasonCode !== undefined && step.action !== 'recycle') {
      findings.push(
        error(
          [...path, 'reasonCode'],
          `a ${step.action} step records no stage change, so its reason code is never used`,
          'remove reasonCode, or make the step a recycle',
        ),
      )
    } else if (step.reasonCode !== undefined && !codes.includes(step.reasonCode)) {
      findings.push(
        error(
          [...path, 'reasonCode'],
          `reason code "${step.reasonCode}" is not in reasonCodes`,
          `use one of ${codes.join(', ') || '(none listed yet: add it to reasonCodes)'}`,
        ),
      )
    }
    if (step.action === 'recycle' && stepIndex < ladder.steps.length - 1) {
      findings.push(
        warning(
          path,
          `the ${ladder.clock} ladder recycles the lead at step ${stepIndex}, and the steps after it never run once the lead has left`,
          'make recycle the last step',
        ),
      )
    }
  })
  return findings
}

function unusedLadder(agreement: Agreement, ladder: ClockEscalation, index: number): RuleFinding[] {
  if (agreement.clocks.some((clock) => clock.kind === ladder.clock)) return []
  return [
    warning(
      ['escalations', index, 'clock'],
      `an escalation ladder for the ${ladder.clock} clock, but no clock of that kind runs`,
      `add a ${ladder.clock} clock under clocks, or remove this ladder`,
    ),
  ]
}

/** Ladders name each clock kind once, run their steps in time order, and recycle with listed reason codes. */
export function checkEscalations(agreement: Agreement): RuleFinding[] {
  const ladders = agreement.escalations ?? []
  const duplicates = findDuplicates(ladders, (l) => `${l.clock} ladder`).map((d) =>
    error(
      ['escalations', d.index, 'clock'],
      `a second ${d.value} (first at escalations[${d.firstIndex}])`,
      'keep one ladder per clock kind: merge their steps',
    ),
  )
  return [
    ...ladders.flatMap((ladder, index) => [
      ...stepFindings(agreement, ladder, index),
      ...unusedLadder(agreement, ladder, index),
    ]),
    ...duplicates,
  ]
}
