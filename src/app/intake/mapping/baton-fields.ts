/** The kinds of record a mapping file can import. */
export const mappingEntities = [
  'leads',
  'accounts',
  'events',
  'opportunities',
  'spend',
  'products',
  'teams',
] as const
export type MappingEntity = (typeof mappingEntities)[number]

/** Baton fields a lead import can fill; `occurredAt` is when the lead arrived (ISO 8601, UTC). */
export const leadBatonFields = [
  'externalId',
  'email',
  'firstName',
  'lastName',
  'fullName',
  'title',
  'phone',
  'company',
  'website',
  'country',
  'source',
  'stage',
  'occurredAt',
  'doNotContact',
  'ownerEmail',
] as const

/** Baton fields an account import can fill; money in cents. */
export const accountBatonFields = [
  'externalId',
  'name',
  'domain',
  'website',
  'industry',
  'employeeCount',
  'annualRevenueCents',
  'country',
  'region',
  'parentName',
] as const

/** Baton fields an engagement-event import can fill; a person is named by id or email. */
export const eventBatonFields = [
  'personExternalId',
  'email',
  'type',
  'occurredAt',
  'url',
  'idempotencyKey',
] as const

/** Baton fields an opportunity import can fill; money in cents, instants in ISO 8601 UTC. */
export const opportunityBatonFields = [
  'externalId',
  'name',
  'accountName',
  'personExternalId',
  'ownerEmail',
  'ownerName',
  'stage',
  'amountCents',
  'currency',
  'openedAt',
  'closedAt',
  'status',
  'product',
] as const

/** Baton fields a marketing-spend import can fill; one row is one channel over one period. */
export const spendBatonFields = [
  'channel',
  'periodStart',
  'periodEnd',
  'amountCents',
  'currency',
] as const

/** Baton fields a product-catalog import can fill; the list price in cents. */
export const productBatonFields = ['name', 'series', 'listPriceCents', 'currency'] as const

/** Baton fields a sales-roster import can fill: one member a row, with their team and manager. */
export const teamBatonFields = ['name', 'email', 'team', 'manager', 'role'] as const

/** The Baton fields each entity accepts; a mapping naming any other field is rejected. */
export const batonFields = {
  leads: leadBatonFields,
  accounts: accountBatonFields,
  events: eventBatonFields,
  opportunities: opportunityBatonFields,
  spend: spendBatonFields,
  products: productBatonFields,
  teams: teamBatonFields,
} as const satisfies Record<MappingEntity, readonly string[]>
