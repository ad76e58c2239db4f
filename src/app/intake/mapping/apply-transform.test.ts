import { describe, expect, it } from 'vitest'
import { applyTransform, type TransformOptions } from './apply-transform.ts'
import type { Transform } from './mapping.schema.ts'

type Case = readonly [input: string, output: string]

function valueOf(input: string, transform: Transform, options?: TransformOptions): string {
  const result = applyTransform(input, transform, options)
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to pass: ${result.message}`)
  return result.value
}

function problemOf(input: string, transform: Transform, options?: TransformOptions): string {
  const result = applyTransform(input, transform, options)
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to fail, got ${result.value}`)
  return result.message
}

describe('applyTransform', () => {
  const textCases: readonly (readonly [Transform, ...Case])[] = [
    ['trim', '  Olark Chat \t', 'Olark Chat'],
    ['lower', 'Google', 'google'],
    ['upper', 'br', 'BR'],
    ['title', 'jOHN o’reilly-SMITH', 'John O’Reilly-Smith'],
    ['title', 'são paulo', 'São Paulo'],
  ]
  it.each(textCases)('%s turns %j into %j', (transform, input, output) => {
    expect(valueOf(input, transform)).toBe(output)
  })

  it.each<Case>([
    ['Yes', 'true'],
    ['no', 'false'],
    [' Y ', 'true'],
    ['n', 'false'],
    ['TRUE', 'true'],
    ['false', 'false'],
    ['1', 'true'],
    ['0', 'false'],
  ])('yes_no reads %j as %j', (input, output) => {
    expect(valueOf(input, 'yes_no')).toBe(output)
  })

  it.each(['maybe', 'Select', '2', 'oui'])('yes_no refuses %j', (input) => {
    expect(problemOf(input, 'yes_no')).toMatch(/is not a yes\/no value — fix: write Yes\/No/)
  })

  it.each<Case>([
    ['1234', '1234'],
    ['1,234.5', '1234.5'],
    ['1,234,567', '1234567'],
    ['-0.50', '-0.5'],
    ['+12', '12'],
    ['.5', '0.5'],
    ['0.0', '0'],
    [' 42 ', '42'],
  ])('number reads %j as %j', (input, output) => {
    expect(valueOf(input, 'number')).toBe(output)
  })

  it.each(['1.234,5', '1,5', '12,34', '1e5', '$100', '12 000', 'abc', '-', '.', '1.2.3'])(
    'number refuses %j with how to write it',
    (input) => {
      expect(problemOf(input, 'number')).toContain('is not a number — fix: write digits')
    },
  )

  it.each<readonly [string, number, string]>([
    ['1100.04', 1_000_000, '1100040000'],
    ['0.000001', 1_000_000, '1'],
    ['2.5', 0.1, '0.25'],
    ['1,234', 100_000_000, '123400000000'],
  ])('number with multiply scales %j by %d exactly', (input, multiply, output) => {
    expect(valueOf(input, 'number', { multiply })).toBe(output)
  })

  it.each<Case>([
    ['1054', '105400'],
    ['1,234.56', '123456'],
    ['0.005', '1'],
    ['1.005', '101'],
    ['-1.005', '-101'],
    ['0.004', '0'],
    ['19.99', '1999'],
  ])('cents turns %j into %j cents, halves away from zero', (input, output) => {
    expect(valueOf(input, 'cents')).toBe(output)
  })

  it.each(['1.234,56', 'USD 10', 'ten'])('cents refuses %j', (input) => {
    expect(problemOf(input, 'cents')).toContain('is not an amount')
  })

  const dates: readonly (readonly [TransformOptions['format'], ...Case])[] = [
    ['YYYY-MM-DD', '2018-02-01', '2018-02-01T00:00:00.000Z'],
    ['YYYY-MM-DD', '2016-2-9', '2016-02-09T00:00:00.000Z'],
    ['YYYY-MM-DD HH:mm:ss', '2018-02-26 19:58:54', '2018-02-26T19:58:54.000Z'],
    ['YYYY-MM-DD HH:mm:ss', '2023-05-10 14:32', '2023-05-10T14:32:00.000Z'],
    ['DD/MM/YYYY', '31/12/2017', '2017-12-31T00:00:00.000Z'],
    ['MM/DD/YYYY', '12/31/2017', '2017-12-31T00:00:00.000Z'],
    ['MM/DD/YYYY', '2/29/2024', '2024-02-29T00:00:00.000Z'],
    ['DD-MM-YYYY', '01-03-2017', '2017-03-01T00:00:00.000Z'],
    ['ISO', '2018-02-26T19:58:54Z', '2018-02-26T19:58:54.000Z'],
    ['ISO', '2018-02-26T21:58:54.5+02:00', '2018-02-26T19:58:54.500Z'],
    ['ISO', '2018-02-26T16:28-0330', '2018-02-26T19:58:00.000Z'],
    ['ISO', '2018-02-26T19:58:54', '2018-02-26T19:58:54.000Z'],
    ['ISO', '2018-02-26', '2018-02-26T00:00:00.000Z'],
  ]
  it.each(dates)('date in %s reads %j as %j (no zone means UTC)', (format, input, output) => {
    expect(valueOf(input, 'date', { format })).toBe(output)
  })

  const badDates: readonly (readonly [TransformOptions['format'], string])[] = [
    ['YYYY-MM-DD', '2018-02-30'],
    ['YYYY-MM-DD', '2018-13-01'],
    ['YYYY-MM-DD', '01/02/2018'],
    ['YYYY-MM-DD HH:mm:ss', '2018-02-26 24:00:00'],
    ['YYYY-MM-DD HH:mm:ss', '2018-02-26'],
    ['DD/MM/YYYY', '12/31/2017'],
    ['MM/DD/YYYY', '2/29/2023'],
    ['DD-MM-YYYY', '2017-03-01'],
    ['ISO', '2018-02-26T19:58:54+2'],
    ['ISO', 'yesterday'],
  ]
  it.each(badDates)('date in %s refuses %j with the expected format', (format, input) => {
    expect(problemOf(input, 'date', { format })).toContain(
      `is not a valid date in the format ${format}`,
    )
  })

  it.each<Transform>(['trim', 'number', 'cents', 'date', 'yes_no', 'title'])(
    '%s turns a blank cell into ""',
    (transform) => {
      expect(valueOf('   ', transform, { format: 'ISO' })).toBe('')
    },
  )
})
