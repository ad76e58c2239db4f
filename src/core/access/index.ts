// Access: who may do what. One permission table maps every action to a grant for every role
// (any row, own rows only, or none); the app layer asks `can` before each use case runs, so the rule
// holds for the API, the CLI and the dashboard alike.
export { actions, type Action } from './actions.ts'
export { can, canOnOwned, grantOf, rolesThatCan } from './can.ts'
export { permissions, type Grant } from './permissions.ts'
export { isRole, roles, type Role } from './roles.ts'
