import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type ErrorCode,
  type Node,
  type YAMLError,
} from 'yaml'
import type { z } from 'zod'
import type { Agreement, Finding, ValidationReport } from '../../core/agreement/index.ts'
import { checkAgreement } from './check-agreement.ts'
import { AgreementSchema, fixSeparator } from './agreement.schema.ts'

export type ParsedAgreement = { readonly agreement?: Agreement; readonly report: ValidationReport }

type FindingPath = Finding['path']

type Source = {
  readonly data: unknown
  readonly doc: Document
  readonly lineCounter: LineCounter
  readonly syntaxErrors: Finding[]
  readonly syntaxWarnings: Finding[]
}

const syntaxFixes: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'remove or rename one of the two keys',
  MULTIPLE_DOCS: 'keep one document per file: remove the "---" separator and what follows',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'indent each nested level by the same number of spaces',
}

function syntaxFinding(error: YAMLError): Finding {
  const position = error.linePos?.[0]
  return {
    path: [],
    message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
    fix: syntaxFixes[error.code] ?? 'correct the YAML syntax at this position',
    ...(position && { line: position.line, column: position.col }),
  }
}

function isIncompleteJson(prefix: string): boolean {
  try {
    JSON.parse(prefix)
    return false
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    const position = /position (\d+)/.exec(message)?.[1]
    return message.includes('Unexpected end') || Number(position) === prefix.length
  }
}

// Where JSON.parse stopped: V8 names the position in most messages; otherwise find the longest
// prefix that is still valid-but-incomplete JSON (validity only ever ends once).
function jsonErrorOffset(text: string, message: string): number {
  const position = /position (\d+)/.exec(message)?.[1]
  if (position !== undefined) return Number(position)
  let low = 0
  let high = text.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (isIncompleteJson(text.slice(0, middle))) low = middle
    else high = middle - 1
  }
  return low
}

function jsonSyntaxFinding(text: string, error: unknown): Finding {
  const raw = error instanceof Error ? error.message : String(error)
  const before = text.slice(0, jsonErrorOffset(text, raw)).split('\n')
  return {
    path: [],
    message: raw
      .replace(/ (?:in JSON )?at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*$/s, '')
      .replace(/\n/g, '\\n'),
    fix: 'correct the JSON syntax here: quote every key, separate items with commas, no trailing comma',
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
  }
}

function readSource(text: string, sourceName: string): Source {
  const lineCounter = new LineCounter()
  // JSON is YAML too: the YAML document gives positions for both.
  const doc = parseDocument(text, { lineCounter })
  const base = { doc, lineCounter, data: undefined, syntaxErrors: [], syntaxWarnings: [] }
  if (/^\s*\{/.test(text)) {
    try {
      return { ...base, data: JSON.parse(text) }
    } catch (error) {
      return { ...base, syntaxErrors: [jsonSyntaxFinding(text, error)] }
    }
  }
  const yaml = { ...base, syntaxWarnings: doc.warnings.map(syntaxFinding) }
  if (doc.errors.length > 0) return { ...yaml, syntaxErrors: doc.errors.map(syntaxFinding) }
  if (doc.contents === null) {
    const fix = 'write the agreement as YAML or JSON'
    return { ...yaml, syntaxErrors: [{ path: [], message: `${sourceName} is empty`, fix }] }
  }
  try {
    return { ...yaml, data: doc.toJS() }
  } catch (error) {
    // toJS refuses documents that expand aliases excessively ("billion laughs").
    const message = error instanceof Error ? error.message : String(error)
    const fix = 'write the values out instead of repeating aliases (*name)'
    return { ...yaml, syntaxErrors: [{ path: [], message, fix }] }
  }
}

// The deepest node along `path`: a missing key is reported where its parent is.
function nodeAt(doc: Document, path: FindingPath, target: 'key' | 'value'): Node | undefined {
  let node: unknown = doc.contents
  let found: Node | undefined = doc.contents ?? undefined
  for (const [depth, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      )
      if (!pair) break
      const last = depth === path.length - 1
      const keyNode = isScalar(pair.key) ? pair.key : undefined
      node = last && target === 'key' ? keyNode : (pair.value ?? keyNode)
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
    } else break
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) break
    found = node
  }
  return found
}

function locate(source: Source, finding: Finding, target: 'key' | 'value' = 'value'): Finding {
  const offset = nodeAt(source.doc, finding.path, target)?.range?.[0]
  if (offset === undefined) return finding
  const { line, col } = source.lineCounter.linePos(offset)
  return { ...finding, line, column: col }
}

function isMissing(data: unknown, path: FindingPath): boolean {
  let parent: unknown = data
  for (const segment of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false
    parent = (parent as Record<string, unknown>)[segment]
  }
  const key = path.at(-1)
  return typeof parent === 'object' && parent !== null && key !== undefined && !(key in parent)
}

const expectedTypes: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return expectedTypes[issue.expected] ?? issue.expected
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`
    default:
      return 'a value'
  }
}

function issueFindings(source: Source, issue: z.core.$ZodIssue): Finding[] {
  const path = issue.path.map((segment) =>
    typeof segment === 'symbol' ? String(segment) : segment,
  )
  const at = issue.message.indexOf(fixSeparator)
  const message = at < 0 ? issue.message : issue.message.slice(0, at)
  const fix = at < 0 ? 'correct this value' : issue.message.slice(at + fixSeparator.length)
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      locate(source, { path: [...path, key], message: `unknown key "${key}"`, fix }, 'key'),
    )
  }
  if (isMissing(source.data, path)) {
    const key = String(path.at(-1))
    const missing = {
      path,
      message: `missing key "${key}"`,
      fix: `add ${key}: ${expectedOf(issue)}`,
    }
    return [locate(source, missing)]
  }
  return [locate(source, { path, message, fix })]
}

/** Reads an agreement from YAML or JSON text: syntax, then structure, then the core's consistency rules, each finding located by line and column. */
export function parseAgreement(text: string, sourceName: string): ParsedAgreement {
  const source = readSource(text, sourceName)
  const warnings = source.syntaxWarnings
  if (source.syntaxErrors.length > 0) return { report: { errors: source.syntaxErrors, warnings } }
  const parsed = AgreementSchema.safeParse(source.data)
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => issueFindings(source, issue))
    return { report: { errors, warnings } }
  }
  const report = checkAgreement(parsed.data)
  const located = {
    errors: report.errors.map((finding) => locate(source, finding)),
    warnings: [...warnings, ...report.warnings.map((finding) => locate(source, finding))],
  }
  return located.errors.length > 0
    ? { report: located }
    : { agreement: parsed.data, report: located }
}

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
