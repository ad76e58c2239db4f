import type { Agreement } from '../types.ts'
import { unlistedStage } from './listed-stages.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

/** Lead definitions name listed stages; the mql definition has a threshold, normally the hand-off score. */
export function checkLeadThresholds(agreement: Agreement): RuleFinding[] {
  const handoffScore = agreement.scoring.handoffScore
  return agreement.leadDefinitions.flatMap((definition, index): RuleFinding[] => {
    const findings = unlistedStage(agreement, definition.stage, ['leadDefinitions', index, 'stage'])
    if (definition.stage !== 'mql') return findings
    const path = ['leadDefinitions', index, 'scoreThreshold']
    if (definition.scoreThreshold === undefined) {
      findings.push(
        error(
          path,
          'the mql definition has no scoreThreshold',
          `set scoreThreshold (usually scoring.handoffScore, ${handoffScore}): mql needs one to know when a lead qualifies`,
        ),
      )
    } else if (definition.scoreThreshold !== handoffScore) {
      findings.push(
        warning(
          path,
          `the mql scoreThreshold ${definition.scoreThreshold} differs from scoring.handoffScore ${handoffScore}`,
          'use one number for both, so a lead becomes an mql exactly when it is handed off',
        ),
      )
    }
    return findings
  })
}
