import type { ValidationReport } from '../../core/agreement/index.ts'
import { validateScoreModel, type ScoreModel } from '../../core/scoring/index.ts'
import { parseDocument } from '../document/parse-document.ts'
import { ScoreModelSchema } from './score-model.schema.ts'

export type ParsedScoreModel = { readonly model?: ScoreModel; readonly report: ValidationReport }

const scoreModelDocument = {
  what: 'the score model',
  schema: ScoreModelSchema,
  check: validateScoreModel,
}

/** Reads a score model from YAML or JSON text: syntax, structure, then consistency (bands, ids, patterns), each finding located by line and column. */
export function parseScoreModel(text: string, sourceName: string): ParsedScoreModel {
  const { value, report } = parseDocument(text, sourceName, scoreModelDocument)
  return value === undefined ? { report } : { model: value, report }
}
