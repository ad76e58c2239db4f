import { describe, expect, it } from 'vitest'
import { errorCodes } from '../core/shared/index.ts'
import { errorStatus } from './error-status.ts'

const statusOf = (code: string): unknown => (errorStatus as Record<string, unknown>)[code]

describe('errorStatus', () => {
  it.each(errorCodes)('gives %s an HTTP error status (4xx or 5xx)', (code) => {
    const status = statusOf(code)
    expect(Number.isInteger(status)).toBe(true)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThanOrEqual(599)
  })

  it('maps exactly the known error codes, no more', () => {
    expect(Object.keys(errorStatus).sort()).toEqual([...errorCodes].sort())
  })

  it.each([
    { rule: 'a bad request is 400', codes: ['request.invalid'], status: 400 },
    {
      rule: 'a missing or wrong key is 401',
      codes: ['auth.missing_key', 'auth.invalid_key'],
      status: 401,
    },
    {
      rule: 'a missing record or route is 404',
      codes: [
        'request.not_found',
        'workspace.not_found',
        'person.not_found',
        'account.not_found',
        'opportunity.not_found',
      ],
      status: 404,
    },
    {
      rule: 'a duplicate or a move to the current stage is a 409 conflict',
      codes: ['person.email_taken', 'account.domain_taken', 'funnel.invalid_transition'],
      status: 409,
    },
    { rule: 'an oversized body is 413', codes: ['request.too_large'], status: 413 },
    { rule: 'an unknown stage is 422', codes: ['funnel.invalid_stage'], status: 422 },
    {
      rule: 'a busy or unreachable store is 503 so clients retry',
      codes: ['store.locked', 'store.unavailable'],
      status: 503,
    },
    { rule: 'a server fault is 500', codes: ['config.invalid', 'internal'], status: 500 },
  ])('$rule', ({ codes, status }) => {
    for (const code of codes) expect(statusOf(code), code).toBe(status)
  })

  it('blames the client (4xx) for every request, auth, record and funnel error', () => {
    const clientSide = errorCodes.filter(
      (code) => !code.startsWith('store.') && code !== 'config.invalid' && code !== 'internal',
    )
    for (const code of clientSide) expect(statusOf(code), code).toBeLessThan(500)
  })
})
