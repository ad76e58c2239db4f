import type { Agreement, Routing } from './types.ts'

/**
 * The routing an agreement without a `routing` section gets: an account's existing owner keeps
 * sales hand-offs, then one round-robin pool per team (`sdr`, `sales`) whose members, unless the
 * workspace lists some, are the active users with that role.
 */
export const defaultRouting: Routing = {
  pools: [
    { name: 'sdr', team: 'sdr', distribution: 'round_robin' },
    { name: 'sales', team: 'sales', distribution: 'round_robin' },
  ],
  rules: [
    { kind: 'account_owner', name: 'Existing account owner', team: 'sales' },
    { kind: 'pool', name: 'SDR round robin', pool: 'sdr' },
    { kind: 'pool', name: 'Sales round robin', pool: 'sales' },
  ],
}

/** The routing the agreement sets, or the default. */
export function routingOf(agreement: Agreement): Routing {
  return agreement.routing ?? defaultRouting
}
