import type { ValidationReport } from '../../core/agreement/index.ts'
import { checkDesign } from '../../core/experiments/index.ts'
import { isAppError } from '../../core/shared/index.ts'
import { parseDocument } from '../document/parse-document.ts'
import { ExperimentDocumentSchema, type ExperimentDocument } from './experiment.schema.ts'

/** The design checks of the core as findings of the file. */
export function checkExperimentDocument(document: ExperimentDocument): ValidationReport {
  try {
    checkDesign({ ...document, seed: document.seed ?? '' })
    return { errors: [], warnings: [] }
  } catch (error) {
    if (!isAppError(error, 'experiment.invalid')) throw error
    const [message = error.message, fix = ''] = error.message.replace(/\.$/, '').split('; ')
    return { errors: [{ path: ['arms'], message, fix }], warnings: [] }
  }
}

/** Reads an experiment file from YAML or JSON: syntax, structure, then the design rules, located by line. */
export function parseExperiment(
  text: string,
  sourceName: string,
): { readonly experiment?: ExperimentDocument; readonly report: ValidationReport } {
  const kind = {
    what: 'the experiment',
    schema: ExperimentDocumentSchema,
    check: checkExperimentDocument,
  }
  const { value, report } = parseDocument(text, sourceName, kind)
  return value === undefined ? { report } : { experiment: value, report }
}
