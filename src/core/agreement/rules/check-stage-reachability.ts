import type { CanonicalStage } from '../../funnel/index.ts'
import type { Agreement } from '../types.ts'
import { listedStages } from './listed-stages.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

const terminalStages: readonly CanonicalStage[] = ['won', 'lost', 'customer', 'disqualified']

function reachableFrom(agreement: Agreement, entry: CanonicalStage): Set<CanonicalStage> {
  const listed = listedStages(agreement)
  const reached = new Set<CanonicalStage>([entry])
  const queue: CanonicalStage[] = [entry]
  for (let stage = queue.shift(); stage !== undefined; stage = queue.shift()) {
    for (const transition of agreement.funnel.transitions.filter((t) => t.from === stage)) {
      for (const to of transition.to.filter((s) => listed.has(s) && !reached.has(s))) {
        reached.add(to)
        queue.push(to)
      }
    }
  }
  return reached
}

/** Every listed stage is reachable from the entry stage (universe, else inquiry); open stages lead on. */
export function checkStageReachability(agreement: Agreement): RuleFinding[] {
  const listed = listedStages(agreement)
  const entry: CanonicalStage = listed.has('universe') ? 'universe' : 'inquiry'
  if (!listed.has(entry)) {
    return [
      error(
        ['funnel', 'stages'],
        'the funnel has no entry stage',
        'list "inquiry" (or "universe") in funnel.stages: leads enter the funnel there',
      ),
    ]
  }
  const reached = reachableFrom(agreement, entry)
  return agreement.funnel.stages.flatMap(({ canonical }, index): RuleFinding[] => {
    const path = ['funnel', 'stages', index, 'canonical']
    const findings: RuleFinding[] = []
    if (!reached.has(canonical)) {
      findings.push(
        error(
          path,
          `stage "${canonical}" cannot be reached from the entry stage "${entry}"`,
          `add a transition into "${canonical}" from a reachable stage, or remove it from funnel.stages`,
        ),
      )
    }
    const leadsOn = agreement.funnel.transitions.some((t) => t.from === canonical && t.to.length)
    if (!terminalStages.includes(canonical) && !leadsOn) {
      findings.push(
        warning(
          path,
          `stage "${canonical}" has no outgoing transition, so leads that reach it stay there`,
          `add a transition from "${canonical}" (for example to nurture or disqualified)`,
        ),
      )
    }
    return findings
  })
}
