import type { LeadInput } from '../../core/intake/index.ts'
import type { MappedRow } from './mapping/apply-mapping.ts'
import { leadBatonFields } from './mapping/baton-fields.ts'

// Every lead field but the typed ones arrives as text.
const typedFields: readonly string[] = ['occurredAt', 'doNotContact', 'ownerEmail']
const textFields = leadBatonFields.filter((name) => !typedFields.includes(name))

/** Turns a mapped file row into a lead for intake (dates are ISO text, flags 'true'/'false'). */
export function leadFromRow(row: MappedRow): LeadInput {
  const field = (name: string) => row.fields[name] ?? null
  const lead: Record<string, unknown> = { extra: row.properties }
  for (const name of textFields) lead[name] = field(name)
  const occurredAt = field('occurredAt')
  lead['occurredAt'] = occurredAt === null ? null : new Date(occurredAt)
  lead['doNotContact'] = field('doNotContact') === 'true'
  return lead as LeadInput
}
