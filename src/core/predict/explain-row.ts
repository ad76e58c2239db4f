import type { LogOddsParts } from './log-odds-parts.ts'
import { readParameters } from './model-parameters.ts'
import { describeCell, columnReader } from './read-cell.ts'
import { gbdtParts } from './score-gbdt.ts'
import { logisticParts } from './score-logistic.ts'
import type { Contribution, Table, TrainedModel } from './types.ts'

/**
 * Every row's score taken apart by source feature, in log-odds: for logistic regression the intercept
 * and coefficient × encoded value; for trees the path attributions. Base plus parts is the row's log-odds.
 */
export function explainLogOdds(model: TrainedModel, table: Table): LogOddsParts {
  const parameters = readParameters(model)
  switch (parameters.kind) {
    case 'logistic':
      return logisticParts(parameters, table)
    case 'gbdt':
      return gbdtParts(parameters, table)
  }
}

/** Per row, the `topK` features that moved its log-odds most (largest |logOdds| first; zero pushes left out). */
export function explainRows(model: TrainedModel, table: Table, topK = 3): Contribution[][] {
  const parts = explainLogOdds(model, table)
  const width = parts.features.length
  const cells = parts.features.map((feature) => columnReader(table, feature))
  return table.rows.map((_, row) => {
    const contributions: Contribution[] = []
    parts.features.forEach((feature, index) => {
      const logOdds = parts.values[row * width + index] ?? 0
      if (logOdds === 0) return
      contributions.push({ feature, value: describeCell(cells[index]?.(row)), logOdds })
    })
    contributions.sort(
      (a, b) =>
        Math.abs(b.logOdds) - Math.abs(a.logOdds) ||
        (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0),
    )
    return contributions.slice(0, Math.max(0, topK))
  })
}
