import { sql, type Kysely } from 'kysely'
import type { ErasureCounts } from '../app/privacy/privacy-ports.ts'
import type { ErasedPersonFields } from '../core/privacy/index.ts'
import type { PersonId, WorkspaceId } from '../core/shared/index.ts'
import type { Database } from './schema.ts'

type Changed = { readonly numUpdatedRows?: bigint; readonly numDeletedRows?: bigint }

/**
 * Erases people of one workspace (see PrivacyStore.erase): person fields replaced, free text and
 * custom fields scrubbed, visitor links dropped, running clocks, open follow-ups and nurture stopped.
 */
export async function erasePeople(
  db: Kysely<Database>,
  workspaceId: WorkspaceId,
  ids: readonly PersonId[],
  { fields, at }: { readonly fields: ErasedPersonFields; readonly at: Date },
): Promise<ErasureCounts> {
  const counts: Record<string, number> = {}
  const count = (name: string, result: Changed) => {
    counts[name] = Number(result.numUpdatedRows ?? result.numDeletedRows ?? 0)
  }
  count(
    'people',
    await db
      .updateTable('person')
      .set({
        email: fields.email,
        email_normalized: fields.emailNormalized,
        first_name: fields.firstName,
        last_name: fields.lastName,
        title: fields.title,
        phone: fields.phone,
        company_name: fields.companyName,
        external_id: fields.externalId,
        do_not_contact: fields.doNotContact,
        consent: JSON.stringify(fields.consent),
        properties: JSON.stringify(fields.properties),
        flags: JSON.stringify(fields.flags),
        quality_issues: JSON.stringify(fields.qualityIssues),
        score_state: null,
        updated_at: at,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .executeTakeFirst(),
  )
  count(
    'activities',
    await db
      .updateTable('activity')
      .set({ properties: '{}', visitor_id: null, idempotency_key: null })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .executeTakeFirst(),
  )
  count(
    'stageEventNotes',
    await db
      .updateTable('stage_event')
      .set({ note: null })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .where('note', 'is not', null)
      .executeTakeFirst(),
  )
  count(
    'reviews',
    await db
      .updateTable('lead_review')
      .set({ note: null, resolution_note: null })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .executeTakeFirst(),
  )
  count(
    'meetings',
    await db
      .updateTable('meeting')
      .set({ note: null })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .executeTakeFirst(),
  )
  count(
    'duplicateCandidates',
    await db
      .updateTable('duplicate_candidate')
      .set({ evidence: '[]' })
      .where('workspace_id', '=', workspaceId)
      .where((eb) => eb.or([eb('person_a_id', 'in', ids), eb('person_b_id', 'in', ids)]))
      .executeTakeFirst(),
  )
  count(
    'auditEntries',
    await db
      .updateTable('audit_log')
      .set({ details: JSON.stringify({ erased: true }) })
      .where('workspace_id', '=', workspaceId)
      .where('subject_type', '=', 'person')
      .where('subject_id', 'in', ids)
      .where(sql<boolean>`details <> '{"erased": true}'::jsonb`)
      .executeTakeFirst(),
  )
  count(
    'visitors',
    await db
      .deleteFrom('visitor')
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .executeTakeFirst(),
  )
  count(
    'clocksStopped',
    await db
      .updateTable('sla_clock')
      .set({ stopped_at: at, outcome: 'cancelled', next_check_at: null })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .where('stopped_at', 'is', null)
      .executeTakeFirst(),
  )
  count(
    'followUpsCancelled',
    await db
      .updateTable('follow_up_task')
      .set({ cancelled_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .where('done_at', 'is', null)
      .where('cancelled_at', 'is', null)
      .executeTakeFirst(),
  )
  count(
    'nurtureExited',
    await db
      .updateTable('enrollment')
      .set({ status: 'exited', ended_at: at, reason: 'erased on request', next_touch_at: null })
      .where('workspace_id', '=', workspaceId)
      .where('person_id', 'in', ids)
      .where('status', '=', 'active')
      .executeTakeFirst(),
  )
  return counts
}
