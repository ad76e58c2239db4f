import { toFunnelDimension, type FunnelDimension } from '../../core/analytics/index.ts'
import { AppError } from '../../core/shared/index.ts'

/** A report's period and split as callers give them: ISO dates or instants, and a dimension name. */
export type PeriodRequest = {
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly by?: string | undefined
}

export type ReportPeriod<D extends string = FunnelDimension> = {
  readonly from: Date
  readonly to: Date
  readonly by: D | null
}

/** The dimensions a report splits by: how to read a --by value, and their names for the error. */
export type Dimensions<D extends string> = {
  readonly parse: (value: string) => D | undefined
  readonly names: string
}

export const funnelSplits: Dimensions<FunnelDimension> = {
  parse: toFunnelDimension,
  names: 'source (or origin, channel), owner, country, cohort, agreement_version, week',
}

// Before any lead anyone could import: an open start means "since the beginning".
const beginning = new Date('1900-01-01T00:00:00Z')

function instant(value: string, field: 'from' | 'to'): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new AppError(
      'request.invalid',
      `--${field} "${value}" is not a date; give YYYY-MM-DD (midnight UTC) or an ISO 8601 instant.`,
      { details: { field } },
    )
  }
  return date
}

/**
 * Reads a report period: `from` inclusive, `to` exclusive (a day's date means its midnight, so
 * --to 2018-01-01 ends with 2017); without them, everything up to now.
 */
export function toReportPeriod<D extends string = FunnelDimension>(
  request: PeriodRequest,
  now: Date,
  splits: Dimensions<D> = funnelSplits as unknown as Dimensions<D>,
): ReportPeriod<D> {
  const from = request.from === undefined ? beginning : instant(request.from, 'from')
  const to = request.to === undefined ? new Date(now.getTime() + 1) : instant(request.to, 'to')
  if (to <= from) {
    throw new AppError(
      'request.invalid',
      `The period ends (${to.toISOString()}) before it starts (${from.toISOString()}); give --to after --from.`,
      { details: { field: 'to' } },
    )
  }
  if (request.by === undefined) return { from, to, by: null }
  const by = splits.parse(request.by)
  if (by === undefined) {
    throw new AppError(
      'request.invalid',
      `Cannot split by "${request.by}"; use one of ${splits.names}.`,
      { details: { field: 'by' } },
    )
  }
  return { from, to, by }
}
