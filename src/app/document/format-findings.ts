import type { Finding, ValidationReport } from '../../core/agreement/index.ts'
import { fixSeparator } from './explained-fields.ts'

type FindingPath = Finding['path']

function renderPath(path: FindingPath): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`
      if (!/^[A-Za-z_$][\w$]*$/.test(segment)) return `[${JSON.stringify(segment)}]`
      return index === 0 ? segment : `.${segment}`
    })
    .join('')
}

function formatFinding(
  finding: Finding,
  severity: 'error' | 'warning',
  sourceName: string,
): string {
  const where =
    finding.line === undefined ? sourceName : `${sourceName}:${finding.line}:${finding.column ?? 1}`
  const path = finding.path.length > 0 ? ` ${renderPath(finding.path)}` : ''
  return `${where} ${severity}${path}: ${finding.message}${fixSeparator}${finding.fix}`
}

/** One line per finding, errors first: "file:line:col severity path: message — fix: how". */
export function formatFindings(report: ValidationReport, sourceName: string): string {
  return [
    ...report.errors.map((finding) => formatFinding(finding, 'error', sourceName)),
    ...report.warnings.map((finding) => formatFinding(finding, 'warning', sourceName)),
  ].join('\n')
}
