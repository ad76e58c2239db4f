import { describe, expect, it } from 'vitest'
import { MappingSchema } from './mapping.schema.ts'

const base = { name: 'test', entity: 'leads' }

function messagesOf(input: unknown): string[] {
  const result = MappingSchema.safeParse(input)
  if (result.success) throw new Error('expected the mapping to be refused')
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('MappingSchema', () => {
  it('reads the three ways to source a field into one normalized shape', () => {
    const mapping = MappingSchema.parse({
      ...base,
      fields: {
        externalId: 'Id',
        email: { column: 'E-mail', transforms: ['trim', 'lower'] },
        source: { value: 'webinar' },
      },
    })
    expect(mapping.fields).toEqual({
      externalId: { kind: 'column', column: 'Id', transforms: [] },
      email: { kind: 'column', column: 'E-mail', transforms: ['trim', 'lower'] },
      source: { kind: 'constant', value: 'webinar' },
    })
  })

  it('refuses a Baton field the entity does not have, listing the valid ones', () => {
    const [message] = messagesOf({ ...base, fields: { emial: 'Email' } })
    expect(message).toContain('fields.emial: unknown Baton field "emial" for leads')
    expect(message).toContain('(did you mean "email"?)')
    expect(message).toContain('use one of: externalId, email, firstName')
  })

  it('judges field names by the entity: amountCents is an opportunity field, not a lead field', () => {
    expect(() =>
      MappingSchema.parse({ ...base, entity: 'opportunities', fields: { amountCents: 'v' } }),
    ).not.toThrow()
    expect(messagesOf({ ...base, fields: { amountCents: 'v' } })[0]).toContain(
      'unknown Baton field "amountCents" for leads',
    )
  })

  it('still names unknown fields when another part of the file is wrong too', () => {
    const messages = messagesOf({ ...base, skipRows: -1, fields: { colour: 'c' } })
    expect(messages.some((m) => m.includes('unknown Baton field "colour"'))).toBe(true)
    expect(messages.some((m) => m.startsWith('skipRows: skipRows cannot be negative'))).toBe(true)
  })

  it('refuses an unknown transform, listing the transforms there are', () => {
    const messages = messagesOf({
      ...base,
      fields: { email: { column: 'E', transforms: ['lowercase'] } },
    })
    expect(messages).toEqual([
      'fields.email.transforms.0: unknown transform "lowercase" — fix: use one of: trim, lower, upper, title, yes_no, number, cents, date',
    ])
  })

  it('refuses an unknown date format, listing the formats there are', () => {
    const source = { column: 'Created', transforms: ['date'], format: 'DD.MM.YYYY' }
    expect(messagesOf({ ...base, fields: { occurredAt: source } })[0]).toContain(
      'unknown date format "DD.MM.YYYY" — fix: use one of: YYYY-MM-DD, YYYY-MM-DD HH:mm:ss',
    )
  })

  it.each([
    [{ column: 'C', transforms: ['date'] }, 'the date transform needs a format'],
    [{ column: 'C', format: 'ISO' }, 'format is only read by the date transform'],
    [{ column: 'C', multiply: 100 }, "multiply scales the number transform's result"],
    [{ column: 'C', transforms: ['number'], multiply: 0 }, 'multiply must be above 0'],
    [{ value: 'x', column: 'C' }, 'a constant {value} takes no other keys'],
    [{ transforms: ['trim'] }, 'no source given'],
    [{ column: 'C', transform: ['trim'] }, 'unknown key "transform"'],
    [{ column: '  ' }, 'the column name is blank'],
    [42, 'expected a column name or an object'],
  ])('refuses the field source %j: %s', (source, expected) => {
    expect(messagesOf({ ...base, fields: { email: source } }).join('\n')).toContain(expected)
  })

  it.each([
    [{ ...base, fields: {} }, 'fields: no fields are mapped'],
    [{ entity: 'leads', fields: { email: 'E' } }, 'name: the mapping name is missing'],
    [{ ...base, entity: 'contacts', fields: {} }, 'unknown entity "contacts"'],
    [{ ...base, delimiter: ';;', fields: { email: 'E' } }, 'the delimiter must be one character'],
    [{ ...base, delimiter: '"', fields: { email: 'E' } }, 'a quote or line break cannot separate'],
    [{ ...base, sep: ';', fields: { email: 'E' } }, 'unknown key "sep"'],
    [{ ...base, properties: 'City', fields: { email: 'E' } }, 'properties: expected a list'],
  ])('refuses the mapping %j: %s', (mapping, expected) => {
    expect(messagesOf(mapping).join('\n')).toContain(expected)
  })
})
