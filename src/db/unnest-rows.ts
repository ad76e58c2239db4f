import { sql, type RawBuilder } from 'kysely'

/** The PostgreSQL type of each column a set-based insert writes, e.g. `{ id: 'uuid', name: 'text' }`. */
export type ColumnTypes<Row> = { readonly [K in keyof Row & string]: string }

export type UnnestedRows<Row> = {
  /** The columns, in the order the select returns them. */
  readonly columns: readonly (keyof Row & string)[]
  readonly select: RawBuilder<Row>
}

// Instants travel as ISO text, which both drivers put into a timestamptz[] parameter the same way.
const toElement = (value: unknown) => (value instanceof Date ? value.toISOString() : value)

/**
 * Rows as `SELECT * FROM unnest($1::type[], $2::type[], ...)`, one array parameter per column, for
 * `insertInto(table).columns(columns).expression(select)`. A batch is then a short statement with a
 * handful of parameters whatever its size, instead of one parameter per value that PostgreSQL and
 * PGlite parse one by one: on PGlite a third less work per row than a multi-row VALUES (bench:intake).
 * Rows come back from unnest in the order given, each column under its own name.
 */
export function unnestRows<Row extends Record<string, unknown>>(
  types: ColumnTypes<Row>,
  rows: readonly Row[],
): UnnestedRows<Row> {
  const columns = Object.keys(types) as (keyof Row & string)[]
  const arrays = columns.map(
    (column) => sql`${rows.map((row) => toElement(row[column]))}::${sql.raw(types[column])}[]`,
  )
  const names = sql.join(columns.map((column) => sql.id(column)))
  return { columns, select: sql<Row>`SELECT * FROM unnest(${sql.join(arrays)}) AS u(${names})` }
}
