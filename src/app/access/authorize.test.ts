import { describe, expect, it } from 'vitest'
import { errorOf } from '../../../test/error-of.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { AppError, UserId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Role, WorkspaceStorage } from '../ports.ts'
import { authorize, authorizeOwned } from './authorize.ts'

// authorize reads only the role and user; no store is touched.
const ctxOf = (role?: Role, userId?: string): UseCaseContext => ({
  store: {} as WorkspaceStorage,
  clock: fixedClock(),
  actor: 'test',
  ...(role === undefined ? {} : { role }),
  ...(userId === undefined ? {} : { userId: userId as UserId }),
})

const refusal = (work: () => void) => errorOf(work) as AppError

describe('authorize', () => {
  it('lets a role take what the table grants it', () => {
    expect(() => authorize(ctxOf('viewer'), 'reports.read')).not.toThrow()
    expect(() => authorize(ctxOf('admin'), 'users.manage')).not.toThrow()
  })

  it('refuses with auth.forbidden naming the role, the action and who may', () => {
    const error = refusal(() => authorize(ctxOf('viewer'), 'people.write'))
    expect(error).toMatchObject({
      code: 'auth.forbidden',
      details: {
        action: 'people.write',
        role: 'viewer',
        allowedRoles: ['admin', 'marketing', 'sdr', 'sales'],
      },
    })
    expect(error.message).toBe(
      'Role viewer may not people.write; roles that may: admin, marketing, sdr, sales. Use an API key with one of those roles.',
    )
  })

  it('refuses a context without a role', () => {
    expect(refusal(() => authorize(ctxOf(), 'reports.read'))).toMatchObject({
      code: 'auth.forbidden',
    })
  })

  it('checks own-row grants against the key user', () => {
    expect(() => authorizeOwned(ctxOf('sales', 'u1'), 'leads.accept_reject', 'u1')).not.toThrow()
    expect(
      refusal(() => authorizeOwned(ctxOf('sales', 'u1'), 'leads.accept_reject', 'u2')),
    ).toMatchObject({
      code: 'auth.forbidden',
    })
    expect(
      refusal(() => authorizeOwned(ctxOf('sales'), 'leads.accept_reject', 'u2')),
    ).toMatchObject({
      code: 'auth.forbidden',
    })
    expect(() => authorizeOwned(ctxOf('admin'), 'leads.accept_reject', 'u2')).not.toThrow()
  })
})
