import type { MappedRow } from './mapping/apply-mapping.ts'
import type { OpportunityInput } from './ingest-opportunity.ts'

/** Turns a mapped file row into a deal for intake (dates ISO text, amounts whole cents). */
export function opportunityFromRow(row: MappedRow): OpportunityInput {
  const field = (name: string) => row.fields[name] ?? null
  const date = (name: string) => {
    const value = field(name)
    return value === null ? null : new Date(value)
  }
  const amount = field('amountCents')
  return {
    externalId: field('externalId'),
    name: field('name'),
    accountName: field('accountName'),
    personExternalId: field('personExternalId'),
    ownerEmail: field('ownerEmail'),
    ownerName: field('ownerName'),
    stage: field('stage'),
    status: field('status'),
    amountCents: amount === null ? null : Number(amount),
    currency: field('currency'),
    openedAt: date('openedAt'),
    closedAt: date('closedAt'),
    product: field('product'),
    properties: row.properties,
  }
}
