import type { Agreement, ValidationReport } from '../../core/agreement/index.ts'
import { parseDocument } from '../document/parse-document.ts'
import { AgreementSchema } from './agreement.schema.ts'
import { checkAgreement } from './check-agreement.ts'

export { formatFindings } from '../document/format-findings.ts'

export type ParsedAgreement = { readonly agreement?: Agreement; readonly report: ValidationReport }

const agreementDocument = { what: 'the agreement', schema: AgreementSchema, check: checkAgreement }

/** Reads an agreement from YAML or JSON text: syntax, then structure, then the core's consistency rules, each finding located by line and column. */
export function parseAgreement(text: string, sourceName: string): ParsedAgreement {
  const { value, report } = parseDocument(text, sourceName, agreementDocument)
  return value === undefined ? { report } : { agreement: value, report }
}
