import { AppError, isErrorCode } from '../core/shared/index.ts'
import { exitCodes } from './exit-codes.ts'

export type Output = {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

export const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}

type Cell = string | number | boolean | null | undefined

/** Renders rows as an aligned text table with a header line. */
export function formatTable(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
): string {
  const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell))
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...rows.map((row) => text(row[i]).length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return (
    [
      line(columns),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map((row) => line(row.map(text))),
    ].join('\n') + '\n'
  )
}

/** Prints a value as JSON (for machines) or through the given human formatter. */
export function present<T>(
  out: Output,
  json: boolean,
  value: T,
  human: (value: T) => string,
): void {
  out.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : human(value))
}

/** Reports an error on stderr (as the API's wire shape with --json) and returns the exit status. */
export function reportError(out: Output, json: boolean, error: unknown): number {
  const known =
    error instanceof AppError
      ? error
      : new AppError(
          'internal',
          `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
        )
  const code = isErrorCode(known.code) ? known.code : 'internal'
  if (json) {
    out.stderr(
      `${JSON.stringify({ error: { code, message: known.message, details: known.details } })}\n`,
    )
  } else {
    out.stderr(`error: ${known.message} [${code}]\n`)
  }
  return exitCodes[code]
}
