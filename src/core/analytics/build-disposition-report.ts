import type { ReasonCode } from '../agreement/index.ts'
import { rateOf, type Rate } from './rate.ts'

/** Per outcome stage, reason code and source: the moves into it in the period, with recent notes. */
export type DispositionFact = {
  readonly stage: string
  readonly reasonCode: string | null
  readonly source: string | null
  readonly moves: number
  /** Up to three of the latest notes written with these moves. */
  readonly notes: readonly string[]
}

export type DispositionReason = {
  readonly reasonCode: string | null
  /** The agreement's label for the code; null when the agreement in force does not define it. */
  readonly label: string | null
  readonly moves: number
  /** Share of this stage's moves in the period. */
  readonly share: Rate
  readonly bySource: readonly { readonly source: string | null; readonly moves: number }[]
  readonly notes: readonly string[]
}

export type DispositionStage = {
  readonly stage: string
  readonly moves: number
  readonly reasons: readonly DispositionReason[]
}

export type DispositionReport = {
  readonly from: Date
  readonly to: Date
  readonly stages: readonly DispositionStage[]
  /** Moves that named no reason code, or one the agreement does not define: to fix at the source. */
  readonly withoutKnownReason: number
}

/**
 * Why leads left the funnel in a period: for each outcome stage (disqualified, nurture, lost...), the
 * mix of reason codes with their agreement labels, split by lead source, with recent notes.
 */
export function buildDispositionReport(
  facts: readonly DispositionFact[],
  period: { readonly from: Date; readonly to: Date },
  reasonCodes: readonly ReasonCode[],
): DispositionReport {
  const labels = new Map(reasonCodes.map((code) => [code.code, code.label]))
  const stages = [...new Set(facts.map((f) => f.stage))].map((stage): DispositionStage => {
    const mine = facts.filter((f) => f.stage === stage)
    const moves = mine.reduce((sum, f) => sum + f.moves, 0)
    const codes = [...new Set(mine.map((f) => f.reasonCode))]
    const reasons = codes
      .map((reasonCode): DispositionReason => {
        const rows = mine.filter((f) => f.reasonCode === reasonCode)
        const count = rows.reduce((sum, f) => sum + f.moves, 0)
        return {
          reasonCode,
          label: reasonCode === null ? null : (labels.get(reasonCode) ?? null),
          moves: count,
          share: rateOf(count, moves, `nothing moved to ${stage} in the period`),
          bySource: rows
            .map((f) => ({ source: f.source, moves: f.moves }))
            .sort((a, b) => b.moves - a.moves),
          notes: rows.flatMap((f) => f.notes).slice(0, 3),
        }
      })
      .sort((a, b) => b.moves - a.moves || String(a.reasonCode).localeCompare(String(b.reasonCode)))
    return { stage, moves, reasons }
  })
  const withoutKnownReason = facts
    .filter((f) => f.reasonCode === null || !labels.has(f.reasonCode))
    .reduce((sum, f) => sum + f.moves, 0)
  return { ...period, stages: stages.sort((a, b) => b.moves - a.moves), withoutKnownReason }
}
