import { describe, expect, it } from 'vitest'
import { defaultPageLimit, isAppError, maxPageLimit } from '../core/shared/index.ts'
import { fromCursor, toCursor, toLimit, toPage, type Position } from './page-cursor.ts'
import { errorOf } from '../../test/error-of.ts'

const at = new Date('2026-11-23T15:00:00.123Z')
const id = '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a'
const base64 = (value: string) => Buffer.from(value).toString('base64url')

describe('toCursor / fromCursor', () => {
  it.each<Position>([
    { at, id },
    { at: new Date('1970-01-01T00:00:00.000Z'), id: '00000000-0000-0000-0000-000000000000' },
    { at: new Date('2099-12-31T23:59:59.999Z'), id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' },
  ])('gives back the position at millisecond precision ($at)', (position) => {
    expect(fromCursor(toCursor(position))).toEqual(position)
  })

  it('makes an opaque, URL-safe cursor', () => {
    expect(toCursor({ at, id })).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('makes different cursors for rows created in the same millisecond', () => {
    expect(toCursor({ at, id })).not.toBe(
      toCursor({ at, id: '1c7d4a8f-3a2b-4d5f-8e7b-2a3f4e5d6c7b' }),
    )
  })

  it.each([
    { case: 'not base64 JSON', cursor: 'abc' },
    { case: 'empty', cursor: '' },
    { case: 'numbers instead of a date and an id', cursor: base64('[1,2]') },
    { case: 'a date that is not one', cursor: base64('["not a date","x"]') },
    { case: 'no id', cursor: base64('["2026-11-23T15:00:00.000Z"]') },
    { case: 'a numeric id', cursor: base64('["2026-11-23T15:00:00.000Z",7]') },
    { case: 'an empty array', cursor: base64('[]') },
    { case: 'JSON null', cursor: base64('null') },
    { case: 'a JSON object', cursor: base64('{"at":"2026-11-23T15:00:00.000Z","id":"x"}') },
    { case: 'a JSON string', cursor: base64('"2026"') },
    { case: 'a bare number as the date', cursor: base64(`["1","${id}"]`) },
    { case: 'truncated', cursor: toCursor({ at, id }).slice(0, 10) },
  ])('rejects a cursor that is $case as request.invalid on field cursor', ({ cursor }) => {
    const error = errorOf(() => fromCursor(cursor))
    expect(isAppError(error, 'request.invalid'), String(error)).toBe(true)
    expect(isAppError(error) && error.details).toEqual({ field: 'cursor' })
  })
})

describe('toLimit', () => {
  it.each([
    { limit: 1, expected: 1 },
    { limit: 50, expected: 50 },
    { limit: 500, expected: 500 },
    { limit: 501, expected: 500 },
    { limit: 1_000_000, expected: 500 },
    { limit: 0, expected: 1 },
    { limit: -5, expected: 1 },
    { limit: 10.9, expected: 10 },
    { limit: 0.5, expected: 1 },
    { limit: Number.NaN, expected: 50 },
  ])(
    'serves $expected rows when $limit are asked for (1..500, default 50)',
    ({ limit, expected }) => {
      expect(toLimit({ limit })).toBe(expected)
    },
  )

  it('uses the shared page bounds', () => {
    expect([toLimit({ limit: Number.NaN }), toLimit({ limit: 10_000 })]).toEqual([
      defaultPageLimit,
      maxPageLimit,
    ])
  })
})

describe('toPage', () => {
  type Row = { id: string; createdAt: Date; name: string }
  const rows: Row[] = ['a', 'b', 'c', 'd'].map((name, i) => ({
    id: `0000000${i}-0000-4000-8000-000000000000`,
    createdAt: new Date(at.getTime() + i),
    name,
  }))
  const page = (fetched: Row[], limit: number) =>
    toPage(
      fetched,
      limit,
      (row) => row.name,
      (row) => ({ at: row.createdAt, id: row.id }),
    )

  it.each([
    { case: 'no rows', fetched: 0, limit: 3, items: [] },
    { case: 'fewer rows than the limit', fetched: 2, limit: 3, items: ['a', 'b'] },
    { case: 'exactly the limit', fetched: 3, limit: 3, items: ['a', 'b', 'c'] },
  ])('is the last page, with no cursor, for $case', ({ fetched, limit, items }) => {
    const result = page(rows.slice(0, fetched), limit)
    expect(result).toEqual({ items })
    expect('nextCursor' in result).toBe(false)
  })

  it('keeps the limit and points the cursor at the last row shown when one more was fetched', () => {
    const result = page(rows, 3)
    expect(result.items).toEqual(['a', 'b', 'c'])
    expect(result.nextCursor).toBeDefined()
    expect(fromCursor(result.nextCursor ?? '')).toEqual({ at: rows[2]?.createdAt, id: rows[2]?.id })
  })

  it('maps only the rows it returns', () => {
    const mapped: string[] = []
    toPage(
      rows,
      2,
      (row) => mapped.push(row.name),
      (row) => ({ at: row.createdAt, id: row.id }),
    )
    expect(mapped).toEqual(['a', 'b'])
  })
})
