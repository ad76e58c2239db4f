import { designTimes } from './design-products.ts'
import { encodeLinear } from './encode-features.ts'
import type { LogOddsParts } from './log-odds-parts.ts'
import type { LogisticParameters } from './model-parameters.ts'
import type { Table } from './types.ts'

/** Each row's log-odds under a logistic model: the intercept plus coefficient × encoded value. */
export function logisticLogOdds(parameters: LogisticParameters, table: Table): Float64Array {
  const design = encodeLinear(parameters.encoder, table)
  const logOdds = new Float64Array(design.rowCount)
  designTimes(design, Float64Array.of(parameters.intercept, ...parameters.coefficients), logOdds)
  return logOdds
}

/** The logistic score per source column: coefficient × encoded value, one-hot parts summed back to their column. */
export function logisticParts(parameters: LogisticParameters, table: Table): LogOddsParts {
  const design = encodeLinear(parameters.encoder, table)
  const width = design.blocks.length
  const values = new Float64Array(design.rowCount * width)
  const coefficient = (index: number) => parameters.coefficients[index] ?? 0
  design.blocks.forEach((block, feature) => {
    for (let row = 0; row < design.rowCount; row += 1) {
      let part: number
      if (block.kind === 'onehot') part = coefficient(block.offset + (block.codes[row] ?? 0))
      else part = coefficient(block.offset) * (block.values[row] ?? 0)
      values[row * width + feature] = part
    }
    if (block.kind === 'dense') {
      for (const row of block.missingRows ?? []) {
        values[row * width + feature] =
          (values[row * width + feature] ?? 0) + coefficient(block.offset + 1)
      }
    }
  })
  return {
    baseLogOdds: parameters.intercept,
    features: parameters.encoder.columns.map((column) => column.column),
    values,
  }
}
