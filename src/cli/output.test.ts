import { describe, expect, it } from 'vitest'
import { AppError, errorCodes, type ErrorCode } from '../core/shared/index.ts'
import { exitCodes } from './exit-codes.ts'
import { formatTable, present, reportError, type Output } from './output.ts'

/** An Output that keeps what was written, so a test can read stdout and stderr apart. */
function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text) }
}

describe('formatTable', () => {
  it('aligns every column to its widest cell under a dashed rule', () => {
    expect(
      formatTable(
        ['Name', 'Stage', 'Score'],
        [
          ['Ana', 'mql', 12],
          ['Carmen Ortiz', 'sql', 7],
        ],
      ),
    ).toBe(
      [
        'Name          Stage  Score',
        '------------  -----  -----',
        'Ana           mql    12',
        'Carmen Ortiz  sql    7',
        '',
      ].join('\n'),
    )
  })

  it('widens a column to its header when every cell is shorter', () => {
    expect(formatTable(['Identifier', 'X'], [['a', 'long value']])).toBe(
      ['Identifier  X', '----------  ----------', 'a           long value', ''].join('\n'),
    )
  })

  it.each([
    { case: 'null', cell: null },
    { case: 'undefined', cell: undefined },
  ])('shows a $case cell as empty and keeps later columns aligned', ({ cell }) => {
    expect(formatTable(['Name', 'Owner', 'Score'], [['Bo', cell, 3]])).toBe(
      ['Name  Owner  Score', '----  -----  -----', 'Bo           3', ''].join('\n'),
    )
  })

  it.each([
    { case: 'a trailing null', row: ['Bo', null] },
    { case: 'a trailing undefined', row: ['Bo', undefined] },
    { case: 'a trailing empty string', row: ['Bo', ''] },
  ])('leaves no trailing spaces after $case', ({ row }) => {
    const lines = formatTable(['Name', 'Owner'], [row]).split('\n')
    expect(lines[2]).toBe('Bo')
  })

  it.each([
    { cell: true, text: 'true' },
    { cell: false, text: 'false' },
    { cell: 0, text: '0' },
    { cell: -1.5, text: '-1.5' },
  ])('prints $cell as "$text"', ({ cell, text }) => {
    expect(formatTable(['V'], [[cell]]).split('\n')[2]).toBe(text)
  })

  it('prints only the header and rule for no rows', () => {
    expect(formatTable(['Name', 'Stage'], [])).toBe('Name  Stage\n----  -----\n')
  })
})

describe('present', () => {
  const value = { id: 'p1', stage: 'mql', score: null }

  it('prints indented JSON with a final newline for machines', () => {
    const out = capture()
    present(out, true, value, () => 'human text\n')
    expect(out.out).toEqual([`${JSON.stringify(value, null, 2)}\n`])
    expect(JSON.parse(out.out.join(''))).toEqual(value)
    expect(out.err).toEqual([])
  })

  it('prints the human formatter output as is for people', () => {
    const out = capture()
    present(out, false, value, (v) => `${v.id} is in ${v.stage}\n`)
    expect(out.out).toEqual(['p1 is in mql\n'])
    expect(out.err).toEqual([])
  })

  it('does not run the human formatter for JSON', () => {
    const out = capture()
    present(out, true, value, () => {
      throw new Error('the human formatter ran')
    })
    expect(out.out).toHaveLength(1)
  })
})

describe('reportError', () => {
  it.each<{ code: ErrorCode; exit: number }>([
    { code: 'request.invalid', exit: 2 },
    { code: 'auth.missing_key', exit: 3 },
    { code: 'person.not_found', exit: 4 },
    { code: 'person.email_taken', exit: 5 },
    { code: 'funnel.invalid_transition', exit: 6 },
    { code: 'store.unavailable', exit: 69 },
    { code: 'store.locked', exit: 75 },
    { code: 'config.invalid', exit: 78 },
    { code: 'internal', exit: 1 },
  ])('exits $exit for $code', ({ code, exit }) => {
    expect(reportError(capture(), false, new AppError(code, 'x'))).toBe(exit)
  })

  it.each(errorCodes)('exits with the mapped status for %s in both modes', (code) => {
    expect(reportError(capture(), false, new AppError(code, 'x'))).toBe(exitCodes[code])
    expect(reportError(capture(), true, new AppError(code, 'x'))).toBe(exitCodes[code])
  })

  it('prints "error: <message> [code]" to stderr for people', () => {
    const out = capture()
    const error = new AppError('person.not_found', 'No person with id p1.', {
      details: { id: 'p1' },
    })
    expect(reportError(out, false, error)).toBe(4)
    expect(out.err).toEqual(['error: No person with id p1. [person.not_found]\n'])
    expect(out.out).toEqual([])
  })

  it('prints the API error body as one JSON line on stderr for machines', () => {
    const out = capture()
    const error = new AppError('store.locked', 'Another Baton holds the database.', {
      details: { dataDir: '/srv/baton' },
    })
    expect(reportError(out, true, error)).toBe(75)
    expect(out.err).toHaveLength(1)
    expect(out.err[0]?.endsWith('\n')).toBe(true)
    expect(out.err[0]?.trimEnd()).not.toContain('\n')
    expect(JSON.parse(out.err.join(''))).toEqual({
      error: {
        code: 'store.locked',
        message: 'Another Baton holds the database.',
        details: { dataDir: '/srv/baton' },
      },
    })
    expect(out.out).toEqual([])
  })

  it('sends empty details when the error has none', () => {
    const out = capture()
    reportError(out, true, new AppError('request.invalid', 'Bad.'))
    expect(JSON.parse(out.err.join(''))).toEqual({
      error: { code: 'request.invalid', message: 'Bad.', details: {} },
    })
  })

  it.each([
    { case: 'an Error', thrown: new Error('boom'), message: 'Unexpected failure: boom' },
    {
      case: 'a TypeError',
      thrown: new TypeError('x is undefined'),
      message: 'Unexpected failure: x is undefined',
    },
    { case: 'a string', thrown: 'boom', message: 'Unexpected failure: boom' },
    { case: 'undefined', thrown: undefined, message: 'Unexpected failure: undefined' },
  ])('reports $case that is not an AppError as internal, exit 1', ({ thrown, message }) => {
    const human = capture()
    expect(reportError(human, false, thrown)).toBe(1)
    expect(human.err).toEqual([`error: ${message} [internal]\n`])

    const json = capture()
    expect(reportError(json, true, thrown)).toBe(1)
    expect(JSON.parse(json.err.join(''))).toEqual({
      error: { code: 'internal', message, details: {} },
    })
  })
})
