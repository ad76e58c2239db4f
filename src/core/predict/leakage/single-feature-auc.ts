import type { Cell } from '../types.ts'
import { kFolds, rocAuc } from '../metrics/index.ts'

const outOfFoldFolds = 5
// Fixed so that the guard gives the same verdict on every run over the same data.
const outOfFoldSeed = 20240501

/**
 * How well one column alone ranks the target (ROC AUC, 0.5 = no signal). A numeric column is its own
 * score, missing values ranked lowest; any other column scores each row by its level's target rate
 * learnt on the other folds (5 stratified seeded folds), so a level cannot predict itself.
 */
export function singleFeatureAuc(cells: readonly Cell[], target: readonly boolean[]): number {
  const numbers = toNumbers(cells)
  if (numbers !== undefined) return numericAuc(numbers, target)
  return rocAuc(outOfFoldLevelRates(cells.map(toLevel), target), target)
}

function toNumbers(cells: readonly Cell[]): (number | null)[] | undefined {
  const numbers: (number | null)[] = []
  for (const cell of cells) {
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) numbers.push(null)
    else if (typeof cell === 'number' && Number.isFinite(cell)) numbers.push(cell)
    else if (typeof cell === 'string' && Number.isFinite(Number(cell))) numbers.push(Number(cell))
    else return undefined
  }
  return numbers
}

function numericAuc(numbers: readonly (number | null)[], target: readonly boolean[]): number {
  const present = numbers.filter((value) => value !== null)
  const belowAll = present.reduce((min, value) => Math.min(min, value), 0) - 1
  return rocAuc(
    numbers.map((value) => value ?? belowAll),
    target,
  )
}

function toLevel(cell: Cell): string {
  if (cell === null) return ''
  return typeof cell === 'number' ? String(cell) : cell.trim()
}

function outOfFoldLevelRates(levels: readonly string[], target: readonly boolean[]): number[] {
  const rates = new Array<number>(levels.length).fill(0)
  const k = Math.min(outOfFoldFolds, levels.length)
  for (const fold of kFolds(target, k, outOfFoldSeed)) {
    const counts = new Map<string, { rows: number; positives: number }>()
    let trainPositives = 0
    for (const row of fold.train) {
      const level = levels[row] ?? ''
      const count = counts.get(level) ?? { rows: 0, positives: 0 }
      count.rows += 1
      if (target[row] === true) {
        count.positives += 1
        trainPositives += 1
      }
      counts.set(level, count)
    }
    const prior = trainPositives / fold.train.length
    for (const row of fold.test) {
      const count = counts.get(levels[row] ?? '')
      // One pseudo-row at the prior keeps a level seen once from scoring a hard 0 or 1.
      rates[row] = count === undefined ? prior : (count.positives + prior) / (count.rows + 1)
    }
  }
  return rates
}
