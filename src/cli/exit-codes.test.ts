import { describe, expect, it } from 'vitest'
import { errorCodes } from '../core/shared/index.ts'
import { exitCodes, usageExitCode } from './exit-codes.ts'

const exitCodeOf = (code: string): unknown => (exitCodes as Record<string, unknown>)[code]

describe('exitCodes', () => {
  it.each(errorCodes)('gives %s a non-zero exit status a shell can report (1..125)', (code) => {
    const status = exitCodeOf(code)
    expect(Number.isInteger(status)).toBe(true)
    expect(status).toBeGreaterThanOrEqual(1)
    expect(status).toBeLessThanOrEqual(125)
  })

  it('maps exactly the known error codes, no more', () => {
    expect(Object.keys(exitCodes).sort()).toEqual([...errorCodes].sort())
  })

  it.each([
    { rule: 'only an unexpected failure exits 1', codes: ['internal'], status: 1 },
    { rule: 'a busy store is temporary (EX_TEMPFAIL)', codes: ['store.locked'], status: 75 },
    { rule: 'an unreachable store is EX_UNAVAILABLE', codes: ['store.unavailable'], status: 69 },
    { rule: 'bad configuration is EX_CONFIG', codes: ['config.invalid'], status: 78 },
    {
      rule: 'every missing record exits 4',
      codes: [
        'workspace.not_found',
        'person.not_found',
        'account.not_found',
        'opportunity.not_found',
      ],
      status: 4,
    },
    {
      rule: 'every duplicate exits 5',
      codes: ['person.email_taken', 'account.domain_taken'],
      status: 5,
    },
  ])('$rule', ({ codes, status }) => {
    for (const code of codes) expect(exitCodeOf(code), code).toBe(status)
  })

  it('never exits 1 for a known, expected failure', () => {
    const expected = errorCodes.filter((code) => code !== 'internal')
    for (const code of expected) expect(exitCodeOf(code), code).not.toBe(1)
  })

  it('exits non-zero on a command line it cannot parse', () => {
    expect(usageExitCode).not.toBe(0)
  })
})
