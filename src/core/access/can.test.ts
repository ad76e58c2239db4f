import { describe, expect, it } from 'vitest'
import { actions, type Action } from './actions.ts'
import { can, canOnOwned, rolesThatCan } from './can.ts'
import { permissions } from './permissions.ts'
import { roles, type Role } from './roles.ts'

describe('the permission table', () => {
  it.each(actions)('maps %s for every role', (action) => {
    expect(Object.keys(permissions[action]).sort()).toEqual([...roles].sort())
  })

  const table: [Role, Action, boolean][] = [
    ['viewer', 'reports.read', true],
    ['viewer', 'agreement.read', true],
    ['viewer', 'people.read', false],
    ['admin', 'users.manage', true],
    ['marketing', 'users.manage', false],
    ['sales', 'api_keys.manage', false],
    ['admin', 'agreement.sign', false],
    ['marketing', 'agreement.sign', true],
    ['sales', 'agreement.sign', true],
    ['sdr', 'agreement.sign', false],
    ['sales', 'leads.accept_reject', true],
    ['marketing', 'leads.accept_reject', false],
    ['sales', 'duplicates.merge', false],
    ['admin', 'duplicates.merge', true],
    ['marketing', 'score_models.manage', true],
    ['sdr', 'score_models.manage', false],
    ['marketing', 'imports.run', true],
    ['sales', 'imports.run', false],
    ['admin', 'privacy.manage', true],
    ['marketing', 'privacy.manage', false],
  ]
  it.each(table)('%s may %s: %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed)
  })

  it('lets a viewer read reports, plans and the agreement, and nothing else', () => {
    expect(actions.filter((action) => can('viewer', action))).toEqual([
      'agreement.read',
      'reports.read',
      'plans.read',
    ])
  })

  it('limits sales and SDR reps to the leads assigned to them, while an admin takes any', () => {
    const own = { userId: 'u1', ownerId: 'u1' }
    const other = { userId: 'u1', ownerId: 'u2' }
    expect(canOnOwned('sales', 'leads.accept_reject', own)).toBe(true)
    expect(canOnOwned('sales', 'leads.accept_reject', other)).toBe(false)
    expect(canOnOwned('sales', 'leads.accept_reject', { userId: undefined, ownerId: null })).toBe(
      false,
    )
    expect(canOnOwned('sdr', 'leads.accept_reject', own)).toBe(true)
    expect(canOnOwned('sdr', 'leads.accept_reject', other)).toBe(false)
    expect(canOnOwned('admin', 'leads.accept_reject', other)).toBe(true)
    expect(canOnOwned('marketing', 'leads.accept_reject', own)).toBe(false)
  })

  it('names the roles that may take an action, in table order', () => {
    expect(rolesThatCan('agreement.sign')).toEqual(['marketing', 'sales'])
    expect(rolesThatCan('reports.read')).toEqual(roles)
  })
})
