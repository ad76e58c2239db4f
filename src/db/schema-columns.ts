import type { ColumnType, Generated } from 'kysely'

// Column types the row types of schema.ts share. Column types with a database default are optional
// on insert; Generated<> is kept for plain types.
export type Timestamp = ColumnType<Date, Date | string, Date | string>
export type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>
export type Json = ColumnType<unknown, string, string>
export type JsonDefault = ColumnType<unknown, string | undefined, string>
export type Big = ColumnType<string | number, number | bigint | string, number | bigint | string>
export type BigDefault = ColumnType<
  string | number,
  number | bigint | string | undefined,
  number | bigint | string
>
export type Num = ColumnType<string | number, number | string, number | string>
export type NumDefault = ColumnType<string | number, number | string | undefined, number | string>
export type Day = ColumnType<string | Date, string, string>

export type Owned = { workspace_id: string }
export type Keyed = Owned & { id: Generated<string> }
