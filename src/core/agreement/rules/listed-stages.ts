import type { CanonicalStage } from '../../funnel/index.ts'
import type { Agreement } from '../types.ts'
import { error, type FindingPath, type RuleFinding } from './rule-finding.ts'

/** The canonical stages the agreement's funnel lists. */
export function listedStages(agreement: Agreement): ReadonlySet<CanonicalStage> {
  return new Set(agreement.funnel.stages.map((stage) => stage.canonical))
}

/** One error when `stage` is not listed in funnel.stages, none when it is. */
export function unlistedStage(
  agreement: Agreement,
  stage: CanonicalStage,
  path: FindingPath,
): RuleFinding[] {
  const listed = listedStages(agreement)
  if (listed.has(stage)) return []
  return [
    error(
      path,
      `unknown stage "${stage}": it is not listed in funnel.stages`,
      `use one of the stages listed in funnel.stages (${[...listed].join(', ')}), or add "${stage}" there`,
    ),
  ]
}
