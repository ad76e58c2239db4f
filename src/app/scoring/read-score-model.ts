import type { ValidationReport } from '../../core/agreement/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { ScoreModel } from '../../core/scoring/index.ts'
import { parseScoreModel } from './parse-score-model.ts'
import type { StoredScoreModel } from './scoring-ports.ts'

function invalid(report: ValidationReport, what: string): AppError {
  const first = report.errors[0]
  const where = first ? ` First: ${first.path.join('.')}: ${first.message} Fix: ${first.fix}` : ''
  return new AppError(
    'score_model.invalid',
    `${what} has ${report.errors.length} error(s).${where}`,
    { details: { errors: report.errors, warnings: report.warnings } },
  )
}

/** A score model from a document (already parsed JSON), or `score_model.invalid` naming each error. */
export function readScoreModel(document: unknown, what = 'The score model'): ScoreModel {
  const { model, report } = parseScoreModel(JSON.stringify(document ?? null), 'document')
  if (model === undefined) throw invalid(report, what)
  return model
}

// A stored version never changes, so its checked rules are kept by their text (a few at a time).
const checked = new Map<string, ScoreModel>()

/** The rules of a stored version, numbered as the registry numbers it; checked again when read. */
export function toScoreModel(stored: StoredScoreModel): ScoreModel {
  const text = `${stored.version}:${JSON.stringify(stored.document)}`
  const known = checked.get(text)
  if (known) return known
  const model = {
    ...readScoreModel(stored.document, `Score model version ${stored.version}`),
    version: stored.version,
  }
  if (checked.size >= 20) checked.clear()
  checked.set(text, model)
  return model
}
