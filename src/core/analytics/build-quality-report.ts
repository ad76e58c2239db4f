/** Counts the database holds about data quality, per source (null = no source). */
export type QualityFacts = {
  readonly sources: readonly {
    readonly source: string | null
    readonly records: number
    readonly withIssues: number
    readonly issues: Readonly<Record<string, number>>
    readonly repeats: number
    readonly stale: number
  }[]
  readonly rejectedByReason: Readonly<Record<string, number>>
  /** Marketing spend per channel in cents, for the real cost of a usable record. */
  readonly spendCentsByChannel: Readonly<Record<string, number>>
  readonly pipeline: PipelineFacts
}

/** Deals the imports could not link: to an account, an owner, or a product of the catalog. */
export type PipelineFacts = {
  readonly opportunities: number
  readonly withoutAccount: number
  readonly withoutOwner: number
  /** Deals naming a product the catalog lacks; null when there is no catalog. */
  readonly productNotInCatalog: number | null
}

export type QualityRow = {
  readonly source: string | null
  readonly records: number
  readonly badRecords: number
  readonly badRecordRate: number
  readonly issues: Readonly<Record<string, number>>
  readonly duplicatesFolded: number
  readonly staleRecords: number
  readonly staleRate: number
  readonly spendCents: number | null
  readonly costPerUsableRecordCents: number | null
}

export type QualityReport = {
  readonly staleAfterMonths: number
  readonly totals: {
    readonly records: number
    readonly rejected: number
    readonly badRecordRate: number
    readonly duplicatesFolded: number
    readonly staleRate: number
  }
  readonly rejectedByReason: Readonly<Record<string, number>>
  readonly bySource: readonly QualityRow[]
  readonly pipeline: PipelineFacts & { readonly withoutAccountRate: number }
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)

/**
 * The data-quality report: a bad record is one intake rejected or accepted with hygiene issues; the
 * real cost of a usable record is a channel's spend over the records from it without issues; data
 * churn is the share of records with no activity in `staleAfterMonths`; deals the imports could not
 * link to an account, owner or catalog product are counted beside.
 */
export function buildQualityReport(facts: QualityFacts, staleAfterMonths: number): QualityReport {
  const bySource = facts.sources
    .map((s): QualityRow => {
      const spend =
        s.source === null ? undefined : facts.spendCentsByChannel[s.source.toLowerCase()]
      const usable = s.records - s.withIssues
      return {
        source: s.source,
        records: s.records,
        badRecords: s.withIssues,
        badRecordRate: rate(s.withIssues, s.records),
        issues: s.issues,
        duplicatesFolded: s.repeats,
        staleRecords: s.stale,
        staleRate: rate(s.stale, s.records),
        spendCents: spend ?? null,
        costPerUsableRecordCents:
          spend === undefined || usable === 0 ? null : Math.round(spend / usable),
      }
    })
    .sort((a, b) => b.records - a.records)
  const records = bySource.reduce((sum, row) => sum + row.records, 0)
  const withIssues = bySource.reduce((sum, row) => sum + row.badRecords, 0)
  const rejected = Object.values(facts.rejectedByReason).reduce((sum, n) => sum + n, 0)
  return {
    staleAfterMonths,
    totals: {
      records,
      rejected,
      badRecordRate: rate(withIssues + rejected, records + rejected),
      duplicatesFolded: bySource.reduce((sum, row) => sum + row.duplicatesFolded, 0),
      staleRate: rate(
        bySource.reduce((sum, row) => sum + row.staleRecords, 0),
        records,
      ),
    },
    rejectedByReason: facts.rejectedByReason,
    bySource,
    pipeline: {
      ...facts.pipeline,
      withoutAccountRate: rate(facts.pipeline.withoutAccount, facts.pipeline.opportunities),
    },
  }
}
