import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { AppError } from '../../../core/shared/index.ts'
import { fixSeparator, MappingSchema, type Mapping } from './mapping.schema.ts'

type Located = { readonly path: string; readonly line?: number; readonly column?: number }
/** One reason a mapping file is refused, with where it is. */
export type MappingProblem = Located & { readonly message: string }

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '')
}

// The line and column of the deepest node along `path`; a missing key is shown where its parent is.
function locate(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): Located {
  let node: unknown = doc.contents
  let offset = doc.contents?.range?.[0]
  for (const key of path) {
    if (isMap(node))
      node = node.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value
    else if (isSeq(node) && typeof key === 'number') node = node.items[key]
    else break
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) break
    offset = node.range?.[0] ?? offset
  }
  if (offset === undefined) return { path: pathText(path) }
  const { line, col } = counter.linePos(offset)
  return { path: pathText(path), line, column: col }
}

function flatten(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue]
  const options = issue.errors.map((errors) =>
    errors.map((e) => ({ ...e, path: [...issue.path, ...e.path] })),
  )
  return options.sort((a, b) => a.length - b.length)[0] ?? [issue]
}

function syntaxProblem(text: string, error: unknown, doc: Document): MappingProblem {
  const message = (error instanceof Error ? error.message : String(error)).replace(
    / in JSON at position \d+.*$/s,
    '',
  )
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1]
  const yamlPosition = doc.errors[0]?.linePos?.[0]
  const lines = position === undefined ? undefined : text.slice(0, Number(position)).split('\n')
  const at = lines
    ? { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
    : yamlPosition && { line: yamlPosition.line, column: yamlPosition.col }
  const fix =
    'correct the JSON: quote every key and text, separate items with commas, no trailing comma'
  return { path: '', ...at, message: `${message}${fixSeparator}${fix}` }
}

function duplicateKeys(doc: Document): MappingProblem[] {
  return doc.errors
    .filter((error) => error.code === 'DUPLICATE_KEY')
    .map((error) => ({
      path: '',
      line: error.linePos?.[0].line,
      column: error.linePos?.[0].col,
      message: `a key appears twice in one object${fixSeparator}keep one of them`,
    }))
}

/** "file:line:col path: message — fix: how", one line per problem. */
export function formatMappingProblems(
  problems: readonly MappingProblem[],
  sourceName: string,
): string {
  return problems
    .map((p) => {
      const where = p.line === undefined ? sourceName : `${sourceName}:${p.line}:${p.column ?? 1}`
      return `${where}${p.path === '' ? '' : ` ${p.path}`}: ${p.message}`
    })
    .join('\n')
}

function refuse(problems: readonly MappingProblem[], sourceName: string): never {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
  throw new AppError(
    'request.invalid',
    `Mapping file ${sourceName} is not valid (${count}):\n${formatMappingProblems(problems, sourceName)}`,
    { details: { file: sourceName, problems } },
  )
}

/** Reads a mapping from JSON text; throws `request.invalid` listing every problem by line and column. */
export function parseMapping(text: string, sourceName: string): Mapping {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return refuse([syntaxProblem(text, error, doc)], sourceName)
  }
  const duplicates = duplicateKeys(doc)
  const parsed = MappingSchema.safeParse(data)
  if (parsed.success && duplicates.length === 0) return parsed.data
  const issues = parsed.success ? [] : parsed.error.issues.flatMap(flatten)
  const problems = issues.map((issue) => {
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined
    const located = locate(doc, counter, key === undefined ? issue.path : [...issue.path, key])
    return { ...located, message: issue.message }
  })
  return refuse([...duplicates, ...problems], sourceName)
}
