import { AppError } from '../../shared/index.ts'
import { ascending, requireBothSides, requireTestShare } from './require-split-options.ts'
import type { Split } from './types.ts'

/**
 * Holds out the newest round(testShare x rows) dated rows as test (ties by row position, later
 * rows newer); undated rows always train. Dates are ISO-8601 text; an unreadable one is invalid.
 */
export function timeOrderedSplit(dates: readonly (string | null)[], testShare: number): Split {
  requireTestShare(testShare)
  const dated: { row: number; time: number }[] = []
  const undated: number[] = []
  dates.forEach((date, row) => {
    if (date === null || date.trim() === '') {
      undated.push(row)
      return
    }
    const time = Date.parse(date)
    if (Number.isNaN(time)) {
      throw new AppError('request.invalid', `row ${row} has an unreadable date "${date}"`, {
        details: { row, date },
      })
    }
    dated.push({ row, time })
  })
  dated.sort((a, b) => a.time - b.time || a.row - b.row)
  const testCount = Math.min(dated.length, Math.max(1, Math.round(testShare * dates.length)))
  const cut = dated.length - testCount
  const train = [...undated, ...dated.slice(0, cut).map((entry) => entry.row)]
  const test = dated.slice(cut).map((entry) => entry.row)
  requireBothSides(train, test)
  return { train: ascending(train), test: ascending(test) }
}
