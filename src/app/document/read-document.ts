import { LineCounter, parseDocument, type Document, type ErrorCode, type YAMLError } from 'yaml'
import type { Finding } from '../../core/agreement/index.ts'

/** A policy document as read: its data, and the YAML tree that locates findings by line and column. */
export type DocumentSource = {
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

/** Parses YAML or JSON text; syntax problems come back as located findings, never as exceptions. */
export function readDocument(text: string, sourceName: string, what: string): DocumentSource {
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
    const fix = `write ${what} as YAML or JSON`
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
