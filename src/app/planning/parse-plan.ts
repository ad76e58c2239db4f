import type { ValidationReport } from '../../core/agreement/index.ts'
import { parseDocument } from '../document/parse-document.ts'
import { checkPlanDocument } from './check-plan-document.ts'
import { PlanDocumentSchema, type PlanDocument } from './plan.schema.ts'

export type ParsedPlan = { readonly plan?: PlanDocument; readonly report: ValidationReport }

const planDocument = {
  what: 'the plan',
  schema: PlanDocumentSchema,
  check: checkPlanDocument,
}

/** Reads a plan file from YAML or JSON text: syntax, structure, then channel and mix references, each finding located by line and column. */
export function parsePlan(text: string, sourceName: string): ParsedPlan {
  const { value, report } = parseDocument(text, sourceName, planDocument)
  return value === undefined ? { report } : { plan: value, report }
}
