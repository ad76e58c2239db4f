// Routing: who receives a hand-off. The agreement's rules run in order (account owner, territory,
// segment, pool); pools share leads round robin, by weight or by load, skipping inactive, out-of-
// office and full users. The decision is data: an owner with the rule and reason, or a hold with
// the reason. Pure: users, loads, cursors and `now` come in.
export { decideRoute } from './decide-route.ts'
export { findIneligibility } from './find-ineligibility.ts'
export { matchesRule } from './matches-rule.ts'
export { pickFromPool, type PoolPick } from './pick-from-pool.ts'
export type {
  OutOfOffice,
  PoolMember,
  RouteDecision,
  RoutingBar,
  RoutingInput,
  RoutingLead,
  RoutingUser,
} from './types.ts'
