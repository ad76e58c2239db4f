import { sql, type RawBuilder } from 'kysely'
import { AppError, defaultPageLimit, maxPageLimit, type PageRequest } from '../core/shared/index.ts'

// Keyset paging over (created_at, id): stable under concurrent inserts, no OFFSET scans.
export type Position = { readonly at: Date; readonly id: string }

/** Encodes a row's position as an opaque cursor. */
export function toCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url')
}

/** Decodes a cursor, or throws `request.invalid` when it was not made by `toCursor`. */
export function fromCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      unknown,
      unknown,
    ]
    const date = new Date(String(at))
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(date.getTime()))
      throw new Error('shape')
    return { at: date, id }
  } catch {
    throw new AppError(
      'request.invalid',
      'The cursor is not one Baton returned; pass `nextCursor` from the previous page as it is.',
      {
        details: { field: 'cursor' },
      },
    )
  }
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
