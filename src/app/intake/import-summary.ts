/** The tally of an import: rows read, what became of them, and why rows were rejected. */
export type ImportSummary = {
  read: number
  created: number
  updated: number
  merged: number
  rejected: number
  rejectedByReason: Record<string, number>
  /** Rows taken in with something hygiene noted, by note (e.g. no_account: 1425). */
  notedByReason: Record<string, number>
}

/** Any row outcome the tally can count: taken in (maybe with notes), or rejected for a reason. */
export type CountedOutcome =
  | { readonly kind: 'created' | 'updated' | 'merged'; readonly notes?: readonly string[] }
  | { readonly kind: 'rejected'; readonly reason: string }

/** An empty tally. */
export function emptyImportSummary(): ImportSummary {
  return {
    read: 0,
    created: 0,
    updated: 0,
    merged: 0,
    rejected: 0,
    rejectedByReason: {},
    notedByReason: {},
  }
}

/** Adds one row's outcome to a tally. */
export function tallyOutcome(summary: ImportSummary, outcome: CountedOutcome): void {
  summary.read += 1
  summary[outcome.kind] += 1
  const counts = outcome.kind === 'rejected' ? summary.rejectedByReason : summary.notedByReason
  const reasons = outcome.kind === 'rejected' ? [outcome.reason] : (outcome.notes ?? [])
  for (const reason of reasons) counts[reason] = (counts[reason] ?? 0) + 1
}

/** The tally of a batch of outcomes. */
export function summarizeOutcomes(outcomes: readonly CountedOutcome[]): ImportSummary {
  const summary = emptyImportSummary()
  for (const outcome of outcomes) tallyOutcome(summary, outcome)
  return summary
}
