import type { MappedRow } from '../app/intake/mapping/apply-mapping.ts'
import { batonFields, type MappingEntity } from '../app/intake/mapping/baton-fields.ts'

/** Where the rows of each entity are posted, and the name of the body's array of rows. */
export const importTargets = {
  leads: { path: '/v1/leads', key: 'leads' },
  accounts: { path: '/v1/accounts/batch', key: 'accounts' },
  events: { path: '/v1/events', key: 'events' },
  spend: { path: '/v1/spend', key: 'spend' },
  products: { path: '/v1/products/batch', key: 'products' },
  teams: { path: '/v1/team-members/batch', key: 'members' },
  opportunities: { path: '/v1/opportunities/batch', key: 'opportunities' },
} as const satisfies Record<MappingEntity, { path: string; key: string }>

// Entities whose wire rows keep the file's extra columns as properties.
const withProperties: readonly MappingEntity[] = [
  'leads',
  'accounts',
  'events',
  'products',
  'opportunities',
]

// Lead intake takes no owner: routing assigns one.
const leftOut: Partial<Record<MappingEntity, readonly string[]>> = { leads: ['ownerEmail'] }

/**
 * One mapped file row as a row of its import endpoint's body: blank fields left out, a lead's
 * opt-out as a boolean, a deal's amount as a number of cents.
 */
export function toImportRowBody(entity: MappingEntity, row: MappedRow): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const name of batonFields[entity]) {
    const value = row.fields[name]
    if (value == null || leftOut[entity]?.includes(name)) continue
    body[name] = value
  }
  if (entity === 'leads' && typeof body['doNotContact'] === 'string')
    body['doNotContact'] = body['doNotContact'] === 'true'
  if (entity === 'opportunities' && typeof body['amountCents'] === 'string')
    body['amountCents'] = Number(body['amountCents'])
  if (withProperties.includes(entity) && Object.keys(row.properties).length > 0)
    body['properties'] = { ...row.properties }
  return body
}
