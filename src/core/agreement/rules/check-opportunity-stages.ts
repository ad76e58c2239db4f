import type { Agreement, OpportunityStage } from '../types.ts'
import { findDuplicates } from './find-duplicates.ts'
import { error, type RuleFinding } from './rule-finding.ts'

const closingPct = { won: 100, lost: 0 } as const

function probabilityFindings(stages: readonly OpportunityStage[]): RuleFinding[] {
  const findings: RuleFinding[] = []
  let previousOpen: OpportunityStage | undefined
  stages.forEach((stage, index) => {
    const path = ['funnel', 'opportunityStages', index, 'probabilityPct']
    if (stage.outcome !== undefined) {
      const expectedPct = closingPct[stage.outcome]
      if (stage.probabilityPct !== expectedPct) {
        findings.push(
          error(
            path,
            `${stage.outcome} stage "${stage.name}" has probability ${stage.probabilityPct}%`,
            `set probabilityPct to ${expectedPct} on the ${stage.outcome} stage`,
          ),
        )
      }
      return
    }
    if (previousOpen && stage.probabilityPct <= previousOpen.probabilityPct) {
      findings.push(
        error(
          path,
          `"${stage.name}" (${stage.probabilityPct}%) is not above "${previousOpen.name}" (${previousOpen.probabilityPct}%) listed before it`,
          'list open stages in order of increasing probability, each higher than the one before',
        ),
      )
    }
    previousOpen = stage
  })
  return findings
}

function outcomeFindings(stages: readonly OpportunityStage[]): RuleFinding[] {
  const wonIndexes = stages.flatMap((stage, index) => (stage.outcome === 'won' ? [index] : []))
  const findings = wonIndexes
    .slice(1)
    .map((index) =>
      error(
        ['funnel', 'opportunityStages', index, 'outcome'],
        'a second won stage',
        'keep exactly one stage with outcome: won',
      ),
    )
  if (wonIndexes.length === 0) {
    findings.push(
      error(
        ['funnel', 'opportunityStages'],
        'no won stage',
        'add a closing stage with outcome: won and probabilityPct: 100',
      ),
    )
  }
  if (!stages.some((stage) => stage.outcome === 'lost')) {
    findings.push(
      error(
        ['funnel', 'opportunityStages'],
        'no lost stage',
        'add a closing stage with outcome: lost and probabilityPct: 0',
      ),
    )
  }
  return findings
}

/** Open stages rise in probability; exactly one won stage at 100%, at least one lost at 0%; names unique. */
export function checkOpportunityStages(agreement: Agreement): RuleFinding[] {
  const stages = agreement.funnel.opportunityStages
  const duplicateNames = findDuplicates(stages, (stage) => stage.name).map((d) =>
    error(
      ['funnel', 'opportunityStages', d.index, 'name'],
      `opportunity stage "${d.value}" is listed twice (first at funnel.opportunityStages[${d.firstIndex}])`,
      'give each opportunity stage its own name',
    ),
  )
  return [...duplicateNames, ...probabilityFindings(stages), ...outcomeFindings(stages)]
}
