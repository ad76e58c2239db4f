import type { ImportBatch } from '../../app/intake/import-batch.ts'
import {
  accountFromRow,
  eventFromRow,
  productFromRow,
  spendFromRow,
  teamMemberFromRow,
} from '../../app/intake/inputs-from-row.ts'
import { leadFromRow } from '../../app/intake/lead-from-row.ts'
import type { MappedRow } from '../../app/intake/mapping/apply-mapping.ts'
import type { MappingEntity } from '../../app/intake/mapping/baton-fields.ts'
import { opportunityFromRow } from '../../app/intake/opportunity-from-row.ts'
import { cleanLead, cleanText } from '../../core/hygiene/index.ts'
import {
  cleanAccount,
  cleanEvent,
  cleanProduct,
  cleanSpend,
  cleanTeamMember,
  type Rejection,
} from '../../core/imports/index.ts'
import type { CliBackend } from '../cli-backend.ts'

/** What became of one row: taken in (with what hygiene noted), or rejected with a reason. */
export type RowResult =
  | { readonly kind: 'created' | 'updated' | 'merged'; readonly notes?: readonly string[] }
  | { readonly kind: 'rejected'; readonly reason: string; readonly message: string }

/** How one entity's rows become inputs and go through intake. */
export type RowIntake = {
  /** What a dry run can tell without the database (hygiene only). */
  readonly check: (row: MappedRow) => RowResult
  readonly ingest: (
    backend: CliBackend,
    rows: readonly MappedRow[],
    channel: string,
  ) => Promise<readonly RowResult[]>
}

// A dry run cannot see the database: it reports what hygiene alone would reject.
function dryLead(row: MappedRow): RowResult {
  const lead = leadFromRow(row)
  const clean = cleanLead(lead)
  if (clean.rejectReason !== null && cleanText(lead.externalId) === '')
    return { kind: 'rejected', reason: clean.rejectReason, message: 'no usable contact' }
  return { kind: 'created' }
}

const dry = (
  cleaning: { readonly kind: 'clean'; readonly notes?: readonly string[] } | Rejection,
): RowResult => {
  if (cleaning.kind === 'rejected') return cleaning
  return cleaning.notes?.length ? { kind: 'created', notes: cleaning.notes } : { kind: 'created' }
}

function batchIntake(
  toBatch: (rows: readonly MappedRow[], channel: string) => ImportBatch,
  check: (row: MappedRow) => RowResult,
): RowIntake {
  return { check, ingest: (backend, rows, channel) => backend.importBatch(toBatch(rows, channel)) }
}

/** Each entity's intake: leads through lead intake, the rest through their import use cases. */
export const rowIntakes: Record<MappingEntity, RowIntake> = {
  leads: {
    check: dryLead,
    ingest: (backend, rows, channel) => backend.ingestLeads(rows.map(leadFromRow), channel),
  },
  accounts: batchIntake(
    (rows) => ({ entity: 'accounts', inputs: rows.map(accountFromRow) }),
    (row) => dry(cleanAccount(accountFromRow(row))),
  ),
  events: batchIntake(
    (rows, channel) => ({ entity: 'events', inputs: rows.map(eventFromRow), channel }),
    (row) => dry(cleanEvent(eventFromRow(row))),
  ),
  spend: batchIntake(
    (rows) => ({ entity: 'spend', inputs: rows.map(spendFromRow) }),
    (row) => dry(cleanSpend(spendFromRow(row))),
  ),
  products: batchIntake(
    (rows) => ({ entity: 'products', inputs: rows.map(productFromRow) }),
    (row) => dry(cleanProduct(productFromRow(row))),
  ),
  teams: batchIntake(
    (rows) => ({ entity: 'teams', inputs: rows.map(teamMemberFromRow) }),
    (row) => dry(cleanTeamMember(teamMemberFromRow(row))),
  ),
  opportunities: batchIntake(
    (rows) => ({ entity: 'opportunities', inputs: rows.map(opportunityFromRow) }),
    () => ({ kind: 'created' }),
  ),
}
