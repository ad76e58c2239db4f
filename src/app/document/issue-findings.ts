import type { z } from 'zod'
import type { Finding } from '../../core/agreement/index.ts'
import { fixSeparator } from './explained-fields.ts'
import { locateFinding } from './locate-finding.ts'
import type { DocumentSource } from './read-document.ts'

type FindingPath = Finding['path']

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
    case 'invalid_union': {
      // A missing discriminator ("kind", "op"): name the values that pick an option.
      const options = 'options' in issue ? (issue.options ?? []) : []
      return options.length > 0 ? `one of ${options.map(String).join(', ')}` : 'a value'
    }
    default:
      return 'a value'
  }
}

/** A zod issue as located findings: unknown keys one by one, a missing key as "missing key", else the schema's own message and fix. */
export function issueFindings(source: DocumentSource, issue: z.core.$ZodIssue): Finding[] {
  const path = issue.path.map((segment) =>
    typeof segment === 'symbol' ? String(segment) : segment,
  )
  const at = issue.message.indexOf(fixSeparator)
  const message = at < 0 ? issue.message : issue.message.slice(0, at)
  const fix = at < 0 ? 'correct this value' : issue.message.slice(at + fixSeparator.length)
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      locateFinding(source, { path: [...path, key], message: `unknown key "${key}"`, fix }, 'key'),
    )
  }
  if (isMissing(source.data, path)) {
    const key = String(path.at(-1))
    const missing = {
      path,
      message: `missing key "${key}"`,
      fix: `add ${key}: ${expectedOf(issue)}`,
    }
    return [locateFinding(source, missing)]
  }
  return [locateFinding(source, { path, message, fix })]
}
