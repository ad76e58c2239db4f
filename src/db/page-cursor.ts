import { sql, type RawBuilder } from 'kysely'
import {
  AppError,
  defaultPageLimit,
  isUuid,
  maxPageLimit,
  type PageRequest,
} from '../core/shared/index.ts'

// Keyset paging over (created_at, id): stable under concurrent inserts, no OFFSET scans.
export type Position = { readonly at: Date; readonly id: string }

/** Encodes a row's position as an opaque cursor. */
export function toCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url')
}

/** Decodes a cursor, or throws `request.invalid` when it was not made by `toCursor`. */
export function fromCursor(cursor: string): Position {
  const invalid = new AppError(
    'request.invalid',
    'The cursor is not one Baton returned; pass `nextCursor` from the previous page as it is.',
    { details: { field: 'cursor' } },
  )
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalid
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalid
  const [at, id] = decoded as unknown[]
  if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id)) throw invalid
  const date = new Date(at)
  if (Number.isNaN(date.getTime()) || date.toISOString() !== at) throw invalid
  return { at: date, id }
}

/** The condition "after this cursor" in (created_at, id) order; created_at has millisecond precision. */
export function afterCursor(cursor: string): RawBuilder<boolean> {
  const position = fromCursor(cursor)
  return sql<boolean>`(created_at, id) > (${position.at}, ${position.id}::uuid)`
}

/** Clamps a requested page size into 1..500 (default 50). */
export function toLimit(page: PageRequest): number {
  if (!Number.isFinite(page.limit)) return defaultPageLimit
  return Math.min(Math.max(Math.trunc(page.limit), 1), maxPageLimit)
}

/** Splits one extra fetched row off into the next cursor. */
export function toPage<Row, T>(
  rows: readonly Row[],
  limit: number,
  map: (row: Row) => T,
  position: (row: Row) => Position,
): { items: T[]; nextCursor?: string } {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return rows.length > limit && last !== undefined
    ? { items: items.map(map), nextCursor: toCursor(position(last)) }
    : { items: items.map(map) }
}
