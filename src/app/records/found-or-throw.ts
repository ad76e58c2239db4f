import { AppError, type ErrorCode } from '../../core/shared/index.ts'

/** Returns the row, or throws the `*.not_found` code naming what was looked up. */
export function foundOrThrow<T>(row: T | undefined, code: ErrorCode, what: string, id: string): T {
  if (row === undefined) {
    throw new AppError(code, `No ${what} with id ${id} in this workspace.`, { details: { id } })
  }
  return row
}
