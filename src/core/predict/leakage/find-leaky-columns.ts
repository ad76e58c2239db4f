import { AppError } from '../../shared/index.ts'
import type { Table } from '../types.ts'
import { findNameHint } from './find-name-hint.ts'
import { singleFeatureAuc } from './single-feature-auc.ts'
import type { FindLeakyColumnsOptions, Leak } from './types.ts'

const defaultAucThreshold = 0.95

/**
 * Columns suspected of carrying the outcome, in table order: a name that says it is recorded after
 * the outcome, or a single-feature AUC >= aucThreshold (or <= 1 - aucThreshold). Columns in `allow`
 * are never flagged; the caller removes the target column first.
 */
export function findLeakyColumns(
  table: Table,
  target: readonly boolean[],
  options: FindLeakyColumnsOptions = {},
): Leak[] {
  const threshold = options.aucThreshold ?? defaultAucThreshold
  requireGuardInputs(table, target, threshold)
  const allowed = new Set((options.allow ?? []).map((column) => column.trim().toLowerCase()))
  return table.columns.flatMap((column, index): Leak[] => {
    if (allowed.has(column.trim().toLowerCase())) return []
    const auc = singleFeatureAuc(
      table.rows.map((row) => row[index] ?? null),
      target,
    )
    const aucText = `alone it ranks the outcome with AUC ${auc.toFixed(3)}`
    const hint = findNameHint(column)
    if (hint !== undefined) {
      const detail = `the name mentions "${hint}", which is recorded after the outcome; ${aucText}`
      return [{ column, reason: 'name_hint', detail }]
    }
    if (auc >= threshold || auc <= 1 - threshold) {
      const limits = `flagged at >= ${threshold} or <= ${(1 - threshold).toFixed(3)}`
      return [{ column, reason: 'near_perfect_auc', detail: `${aucText} (${limits})` }]
    }
    return []
  })
}

function requireGuardInputs(table: Table, target: readonly boolean[], threshold: number): void {
  if (!Number.isFinite(threshold) || threshold <= 0.5 || threshold > 1) {
    throw new AppError('request.invalid', 'aucThreshold must be above 0.5 and at most 1', {
      details: { aucThreshold: threshold },
    })
  }
  if (table.rows.length !== target.length) {
    throw new AppError('request.invalid', 'the table and the target differ in length', {
      details: { rows: table.rows.length, target: target.length },
    })
  }
  if (!target.includes(true) || !target.includes(false)) {
    throw new AppError('request.invalid', 'the target needs both converted and other rows', {
      details: { rows: target.length },
    })
  }
}
