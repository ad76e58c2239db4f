import { AppError } from '../shared/index.ts'
import type { ExperimentDesign } from './types.ts'

function invalid(message: string, fix: string): AppError {
  return new AppError('experiment.invalid', `${message}; ${fix}.`, { details: { fix } })
}

/** Refuses a design whose arms cannot split leads: fewer than two, duplicate names, shares not summing to 1. */
export function checkDesign(design: ExperimentDesign): void {
  if (design.arms.length < 2) {
    throw invalid(
      `The experiment has ${design.arms.length} arm(s)`,
      'give a control and at least one other arm',
    )
  }
  const names = design.arms.map((arm) => arm.name)
  const repeated = names.find((name, i) => names.indexOf(name) !== i)
  if (repeated !== undefined)
    throw invalid(`Two arms are named "${repeated}"`, 'give each arm its own name')
  const bad = design.arms.find((arm) => !(arm.share > 0 && arm.share < 1))
  if (bad)
    throw invalid(
      `Arm "${bad.name}" has share ${bad.share}`,
      'give each arm a share between 0 and 1',
    )
  const sum = design.arms.reduce((total, arm) => total + arm.share, 0)
  if (Math.abs(sum - 1) > 1e-9)
    throw invalid(
      `The arms' shares add up to ${Number(sum.toPrecision(12))}, not 1`,
      'make the shares add up to 1 (e.g. 0.8 and 0.2)',
    )
  if (
    design.kind === 'holdout' &&
    design.arms.filter((arm) => arm.repGroup === undefined).length !== 1
  ) {
    throw invalid(
      'A hold-out needs exactly one arm without a rep group (the leads held out)',
      'name the rep group on the arm that gets the leads and leave it off the hold-out arm',
    )
  }
  if (!(design.alpha > 0 && design.alpha < 0.5) || !(design.power > 0.5 && design.power < 1)) {
    throw invalid(
      `alpha ${design.alpha} and power ${design.power} are out of range`,
      'use alpha between 0 and 0.5 (0.05) and power between 0.5 and 1 (0.8)',
    )
  }
  if (!(design.minimumDetectableLift > 0))
    throw invalid(
      'The minimum detectable lift must be above 0',
      'give it as a relative lift, 0.2 for +20%',
    )
}
