import type { Agreement, ClockRule } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { unlistedStage } from './listed-stages.ts'
import { error, type RuleFinding } from './rule-finding.ts'

function clockFindings(agreement: Agreement, clock: ClockRule, index: number): RuleFinding[] {
  const findings = [
    ...unlistedStage(agreement, clock.startsOn, ['clocks', index, 'startsOn']),
    ...clock.stopsOn.flatMap((stage, stopIndex) =>
      unlistedStage(agreement, stage, ['clocks', index, 'stopsOn', stopIndex]),
    ),
  ]
  const selfStop = clock.stopsOn.indexOf(clock.startsOn)
  if (selfStop >= 0) {
    findings.push(
      error(
        ['clocks', index, 'stopsOn', selfStop],
        `the ${clock.kind} clock stops on "${clock.startsOn}", the stage that starts it`,
        `remove "${clock.startsOn}" from stopsOn; a clock stops when the subject leaves its start stage`,
      ),
    )
  }
  if (clock.kind === 'first_response' && agreement.responseTargets.length === 0) {
    findings.push(
      error(
        ['clocks', index, 'kind'],
        'a first_response clock but no responseTargets to measure it against',
        'add responseTargets (e.g. hot within 1 business hour, warm within 24), or remove this clock',
      ),
    )
  }
  return findings
}

/** Clocks start and stop on listed stages, never stop where they start, and are not defined twice. */
export function checkClocks(agreement: Agreement): RuleFinding[] {
  const duplicates = findDuplicates(
    agreement.clocks,
    (c) => `${c.kind} clock on "${c.startsOn}"`,
  ).map((d) =>
    error(
      ['clocks', d.index],
      `a second ${d.value} (first at clocks[${d.firstIndex}])`,
      'keep one clock per kind and start stage: merge their stopsOn lists',
    ),
  )
  return [
    ...agreement.clocks.flatMap((clock, index) => clockFindings(agreement, clock, index)),
    ...duplicates,
  ]
}
