import type { BusinessHours } from './add-business-velocity.ts'
import type { StagePair } from './funnel-pairs.ts'

/** Per group and pair: how long the subjects who moved took, as the store measured it. */
export type VelocityFacts = readonly {
  readonly group: string | null
  readonly from: string
  readonly to: string
  /** Subjects that entered `from` in the period and have reached `to`. */
  readonly moved: number
  /** Of those, how many reached `to` before they entered `from` (out-of-order data). */
  readonly backwards: number
  readonly medianDays: number | null
  readonly p75Days: number | null
  readonly p90Days: number | null
}[]

export type StageTime = StagePair & {
  readonly moved: number
  readonly backwards: number
  /** Calendar days, null with `reason` when nobody moved. */
  readonly medianDays: number | null
  readonly p75Days: number | null
  readonly p90Days: number | null
  readonly reason?: string
  /** The same in working hours, when the report was asked in business time. */
  readonly business?: BusinessHours
}

export type VelocityGroup = { readonly group: string | null; readonly pairs: readonly StageTime[] }

export type VelocityReport = {
  readonly from: Date
  readonly to: Date
  readonly by: string | null
  readonly total: VelocityGroup
  readonly groups: readonly VelocityGroup[]
}

const round = (days: number | null) => (days === null ? null : Math.round(days * 100) / 100)

function groupOf(
  facts: VelocityFacts,
  key: string | null,
  pairs: readonly StagePair[],
  totalKey: string,
): VelocityGroup {
  return {
    group: key === totalKey ? null : key,
    pairs: pairs.map((pair): StageTime => {
      const row = facts.find((f) => f.group === key && f.from === pair.from && f.to === pair.to)
      if (!row || row.moved === 0) {
        const reason = `nobody who entered ${pair.from} in the period has reached ${pair.to}`
        return {
          ...pair,
          moved: 0,
          backwards: 0,
          medianDays: null,
          p75Days: null,
          p90Days: null,
          reason,
        }
      }
      return {
        ...pair,
        moved: row.moved,
        backwards: row.backwards,
        medianDays: round(row.medianDays),
        p75Days: round(row.p75Days),
        p90Days: round(row.p90Days),
      }
    }),
  }
}

/**
 * Time between stages for a period's cohort: of the subjects first entering each pair's first stage
 * in the period, how long those who reached the second took (median, p75, p90 in calendar days).
 */
export function buildVelocityReport(
  facts: VelocityFacts,
  period: { readonly from: Date; readonly to: Date; readonly by: string | null },
  pairs: readonly StagePair[],
  totalKey: string,
): VelocityReport {
  const keys = [...new Set(facts.map((row) => row.group))].filter((key) => key !== totalKey)
  const groups = keys
    .map((key) => groupOf(facts, key, pairs, totalKey))
    .sort((a, b) => String(a.group).localeCompare(String(b.group)))
  return {
    ...period,
    total: groupOf(facts, totalKey, pairs, totalKey),
    groups: period.by === null ? [] : groups,
  }
}
