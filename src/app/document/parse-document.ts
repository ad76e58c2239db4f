import type { z } from 'zod'
import type { ValidationReport } from '../../core/agreement/index.ts'
import { issueFindings } from './issue-findings.ts'
import { locateFinding } from './locate-finding.ts'
import { readDocument } from './read-document.ts'

export type ParsedDocument<T> = { readonly value?: T; readonly report: ValidationReport }

export type DocumentKind<T> = {
  /** How messages name the document, e.g. "the agreement". */
  readonly what: string
  readonly schema: z.ZodType<T>
  /** Consistency rules a structurally valid document must also pass. */
  readonly check: (value: T) => ValidationReport
}

/** Reads a policy document from YAML or JSON text: syntax, then structure, then the kind's consistency rules, each finding located by line and column. */
export function parseDocument<T>(
  text: string,
  sourceName: string,
  kind: DocumentKind<T>,
): ParsedDocument<T> {
  const source = readDocument(text, sourceName, kind.what)
  const warnings = source.syntaxWarnings
  if (source.syntaxErrors.length > 0) return { report: { errors: source.syntaxErrors, warnings } }
  const parsed = kind.schema.safeParse(source.data)
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => issueFindings(source, issue))
    return { report: { errors, warnings } }
  }
  const report = kind.check(parsed.data)
  const located = {
    errors: report.errors.map((finding) => locateFinding(source, finding)),
    warnings: [...warnings, ...report.warnings.map((finding) => locateFinding(source, finding))],
  }
  return located.errors.length > 0 ? { report: located } : { value: parsed.data, report: located }
}
