import { readParameters } from './model-parameters.ts'
import { gbdtLogOdds } from './score-gbdt.ts'
import { logisticLogOdds } from './score-logistic.ts'
import { sigmoid } from './sigmoid.ts'
import type { Table, TrainedModel } from './types.ts'

/** P(positive) for each row; columns are matched by name and a column the table lacks reads as missing. */
export function predictProbabilities(model: TrainedModel, table: Table): number[] {
  const parameters = readParameters(model)
  const logOdds =
    parameters.kind === 'logistic'
      ? logisticLogOdds(parameters, table)
      : gbdtLogOdds(parameters, table)
  return Array.from(logOdds, sigmoid)
}
