import type { DispositionReport, FunnelReport } from '../api/api-types.ts'
import { leadPathOf, stageWord } from '../overview/funnel-view.ts'

export type FlowNode = { readonly name: string; readonly color: string }
export type FlowLink = { readonly source: number; readonly target: number; readonly value: number }
export type FlowGraph = { readonly nodes: FlowNode[]; readonly links: FlowLink[] }

/** Words for an exit reason: the agreement's label, else the code, else "no reason given". */
const reasonName = (reason: { label: string | null; reasonCode: string | null }) =>
  reason.label ?? reason.reasonCode ?? 'no reason given'

/**
 * Where the period's leads went, for a Sankey: from the first stage anyone entered along the lead
 * path (MQL -> SAL -> ... -> won), out through each exit stage by reason (rejected, recycled,
 * lost), and who has not moved on from the first stage yet. Only flows with people in them are drawn.
 */
export function toFlowGraph(
  funnel: FunnelReport,
  dispositions: DispositionReport,
  labels: ReadonlyMap<string, string> = new Map(),
): FlowGraph {
  const counts = new Map(funnel.total.entered.map((e) => [e.stage, e.subjects]))
  const shown = leadPathOf(funnel.total).filter((stage) => (counts.get(stage) ?? 0) > 0)
  const first = shown[0]
  if (first === undefined) return { nodes: [], links: [] }
  const label = (stage: string) => labels.get(stage) ?? stageWord(stage)
  const nodes: FlowNode[] = shown.map((stage) => ({ name: label(stage), color: 'indigo.6' }))
  const links: FlowLink[] = shown
    .slice(1)
    .map((stage, i) => ({ source: i, target: i + 1, value: counts.get(stage) ?? 0 }))
  let exited = 0
  for (const stage of dispositions.stages) {
    for (const reason of stage.reasons) {
      if (reason.moves <= 0) continue
      nodes.push({
        name: `${label(stage.stage)}: ${reasonName(reason)}`,
        color: exitColor(stage.stage),
      })
      links.push({ source: 0, target: nodes.length - 1, value: reason.moves })
      exited += reason.moves
    }
  }
  const movedOn = counts.get(shown[1] ?? '') ?? 0
  const still = (counts.get(first) ?? 0) - movedOn - exited
  if (still > 0) {
    nodes.push({ name: `${label(first)}, no move yet`, color: 'gray.5' })
    links.push({ source: 0, target: nodes.length - 1, value: still })
  }
  return { nodes, links: links.filter((link) => link.value > 0) }
}

function exitColor(stage: string): string {
  if (stage === 'lost') return 'red.6'
  if (stage === 'disqualified') return 'orange.6'
  return 'yellow.6'
}
