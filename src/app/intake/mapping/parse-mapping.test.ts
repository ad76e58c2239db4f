import { describe, expect, it } from 'vitest'
import { errorOf } from '../../../../test/error-of.ts'
import { isAppError } from '../../../core/shared/index.ts'
import { parseMapping } from './parse-mapping.ts'

function messageOf(text: string): string {
  const error = errorOf(() => parseMapping(text, 'my-mapping.json'))
  if (!isAppError(error, 'request.invalid')) throw error
  return error.message
}

describe('parseMapping', () => {
  it('reads a valid mapping file', () => {
    const mapping = parseMapping(
      '{ "name": "crm", "entity": "accounts", "fields": { "name": "Company" } }',
      'crm.json',
    )
    expect(mapping.fields.name).toEqual({ kind: 'column', column: 'Company', transforms: [] })
  })

  it('locates each schema problem by line and column', () => {
    const text = [
      '{',
      '  "name": "crm",',
      '  "entity": "leads",',
      '  "fields": {',
      '    "emial": "Email",',
      '    "source": { "column": "Origin", "transforms": ["trim", "lowercase"] }',
      '  }',
      '}',
    ].join('\n')
    const lines = messageOf(text).split('\n')
    expect(lines[0]).toBe('Mapping file my-mapping.json is not valid (2 problems):')
    expect(lines).toContain(
      'my-mapping.json:6:60 fields.source.transforms[1]: unknown transform "lowercase" — fix: use one of: trim, lower, upper, title, yes_no, number, cents, date',
    )
    expect(lines.find((line) => line.startsWith('my-mapping.json:5:14 fields.emial:'))).toContain(
      'unknown Baton field "emial" for leads (did you mean "email"?)',
    )
  })

  it('locates a JSON syntax error', () => {
    const text = '{\n  "name": "crm",\n  "entity": "leads"\n  "fields": {}\n}'
    expect(messageOf(text)).toMatch(
      /^Mapping file my-mapping.json is not valid \(1 problem\):\nmy-mapping.json:4:3: Expected ',' or '}'/,
    )
  })

  it('refuses a key written twice, which JSON.parse would silently drop', () => {
    const text = '{ "name": "a", "entity": "leads", "fields": { "email": "E", "email": "F" } }'
    expect(messageOf(text)).toContain('my-mapping.json:1:61: a key appears twice in one object')
  })
})
