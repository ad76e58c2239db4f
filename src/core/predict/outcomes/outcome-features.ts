import type { Cell, Table } from '../types.ts'

/** What is known about a person at capture: their own fields, capture properties, their account. */
export type CaptureFacts = {
  readonly capturedAt: Date
  readonly source: string | null
  readonly title: string | null
  readonly country: string | null
  readonly freeMail: boolean | null
  readonly properties: Readonly<Record<string, string>>
  readonly account: {
    readonly industry: string | null
    readonly employeeCount: number | null
    readonly annualRevenueCents: number | null
    readonly country: string | null
  } | null
}

export type EngagementEvent = { readonly type: string; readonly occurredAt: Date }

/** One person's features: named cells plus event counts (a count absent from a row is 0). */
export type FeatureRecord = {
  readonly cells: Readonly<Record<string, Cell>>
  readonly counts: Readonly<Record<string, number>>
}

/** The column holding the capture instant: the time-ordered split's date, never a feature. */
export const captureDateColumn = 'capture_date'
const countPrefix = 'events.'

/**
 * A person's features as of `before`: capture-time fields and the count of each event type that
 * happened strictly before it. Nothing recorded at or after `before` can reach the row, so a model
 * never learns from what followed the outcome.
 */
export function toFeatureRecord(
  facts: CaptureFacts,
  events: readonly EngagementEvent[],
  before: Date,
): FeatureRecord {
  const counts: Record<string, number> = { [`${countPrefix}total`]: 0 }
  for (const event of events) {
    if (event.occurredAt.getTime() >= before.getTime()) continue
    const key = `${countPrefix}${event.type}`
    counts[key] = (counts[key] ?? 0) + 1
    counts[`${countPrefix}total`] = (counts[`${countPrefix}total`] ?? 0) + 1
  }
  const freeMail = facts.freeMail === null ? null : facts.freeMail ? 'yes' : 'no'
  const cells: Record<string, Cell> = {
    [captureDateColumn]: facts.capturedAt.toISOString(),
    'person.source': facts.source,
    'person.title': facts.title,
    'person.country': facts.country,
    'person.freeMail': freeMail,
    'account.industry': facts.account?.industry ?? null,
    'account.employeeCount': facts.account?.employeeCount ?? null,
    'account.annualRevenueCents': facts.account?.annualRevenueCents ?? null,
    'account.country': facts.account?.country ?? null,
  }
  for (const [name, value] of Object.entries(facts.properties)) cells[`property.${name}`] = value
  return { cells, counts }
}

/** Records as one table: the capture date first, then every field and count column seen (sorted). */
export function toFeatureTable(
  records: readonly FeatureRecord[],
  columns?: readonly string[],
): Table {
  const names = columns ?? allColumns(records)
  return {
    columns: names,
    rows: records.map((record) =>
      names.map((name) =>
        name.startsWith(countPrefix) ? (record.counts[name] ?? 0) : (record.cells[name] ?? null),
      ),
    ),
  }
}

function allColumns(records: readonly FeatureRecord[]): string[] {
  const cells = new Set<string>()
  const counts = new Set<string>()
  for (const record of records) {
    for (const name of Object.keys(record.cells)) cells.add(name)
    for (const name of Object.keys(record.counts)) counts.add(name)
  }
  cells.delete(captureDateColumn)
  return [captureDateColumn, ...[...cells].sort(), ...[...counts].sort()]
}

const labels: Readonly<Record<string, string>> = {
  'person.source': 'source',
  'person.title': 'title',
  'person.country': 'country',
  'person.freeMail': 'free-mail address',
  'account.industry': 'account industry',
  'account.employeeCount': 'account employees',
  'account.annualRevenueCents': 'account revenue (cents)',
  'account.country': 'account country',
  'events.total': 'events so far',
}

/** A feature column in words, e.g. "source", "landing_page_id", "email_click events so far". */
export function describeFeature(column: string): string {
  const known = labels[column]
  if (known !== undefined) return known
  if (column.startsWith('property.')) return column.slice('property.'.length)
  if (column.startsWith(countPrefix)) return `${column.slice(countPrefix.length)} events so far`
  return column
}
