import type { Action } from './actions.ts'
import { permissions, type Grant } from './permissions.ts'
import { roles, type Role } from './roles.ts'

/** The role's grant for an action. */
export function grantOf(role: Role, action: Action): Grant {
  return permissions[action][role]
}

/** True when the role may take the action at all (on any row, or on its own rows). */
export function can(role: Role, action: Action): boolean {
  return grantOf(role, action) !== 'none'
}

/** True when the role may take the action on a row whose owner is `ownerId`, acting as `userId`. */
export function canOnOwned(
  role: Role,
  action: Action,
  who: { readonly userId: string | undefined; readonly ownerId: string | null },
): boolean {
  const grant = grantOf(role, action)
  if (grant === 'any') return true
  return grant === 'own' && who.userId !== undefined && who.userId === who.ownerId
}

/** The roles that may take the action, in table order, for messages. */
export function rolesThatCan(action: Action): readonly Role[] {
  return roles.filter((role) => can(role, action))
}
