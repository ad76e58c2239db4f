import type {
  AccountInput,
  EventInput,
  ProductInput,
  SpendInput,
  TeamMemberInput,
} from '../../core/imports/index.ts'
import type { MappedRow } from './mapping/apply-mapping.ts'

// Mapped fields are text or null, which is what these inputs take; the use cases read and check them.
const field = (row: MappedRow, name: string) => row.fields[name] ?? null

/** A mapped file row as an account (extra columns kept as properties). */
export const accountFromRow = (row: MappedRow): AccountInput => ({
  externalId: field(row, 'externalId'),
  name: field(row, 'name'),
  domain: field(row, 'domain'),
  website: field(row, 'website'),
  industry: field(row, 'industry'),
  employeeCount: field(row, 'employeeCount'),
  annualRevenueCents: field(row, 'annualRevenueCents'),
  country: field(row, 'country'),
  region: field(row, 'region'),
  parentName: field(row, 'parentName'),
  properties: row.properties,
})

/** A mapped file row as an engagement event. */
export const eventFromRow = (row: MappedRow): EventInput => ({
  personExternalId: field(row, 'personExternalId'),
  email: field(row, 'email'),
  type: field(row, 'type'),
  occurredAt: field(row, 'occurredAt'),
  url: field(row, 'url'),
  idempotencyKey: field(row, 'idempotencyKey'),
  properties: row.properties,
})

/** A mapped file row as spend on one channel over one period. */
export const spendFromRow = (row: MappedRow): SpendInput => ({
  channel: field(row, 'channel'),
  periodStart: field(row, 'periodStart'),
  periodEnd: field(row, 'periodEnd'),
  amountCents: field(row, 'amountCents'),
  currency: field(row, 'currency'),
})

/** A mapped file row as a catalog product. */
export const productFromRow = (row: MappedRow): ProductInput => ({
  name: field(row, 'name'),
  series: field(row, 'series'),
  listPriceCents: field(row, 'listPriceCents'),
  currency: field(row, 'currency'),
  properties: row.properties,
})

/** A mapped file row as a member of a sales team. */
export const teamMemberFromRow = (row: MappedRow): TeamMemberInput => ({
  name: field(row, 'name'),
  email: field(row, 'email'),
  team: field(row, 'team'),
  manager: field(row, 'manager'),
  role: field(row, 'role'),
})
