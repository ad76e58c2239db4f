import type { Agreement, ReasonCode } from '../agreement/index.ts'

export type ReasonCheck =
  | { readonly kind: 'ok'; readonly reason: ReasonCode; readonly note: string | null }
  | { readonly kind: 'unknown'; readonly valid: readonly string[] }
  | { readonly kind: 'note_required'; readonly reason: ReasonCode }

/**
 * A reason given for rejecting or disqualifying a lead, checked against the agreement's codes
 * (case-insensitive): an unknown code lists the valid ones; a code with `noteRequired` needs a
 * non-blank note. The note comes back trimmed, or null when blank.
 */
export function checkReason(
  agreement: Agreement,
  code: string,
  note: string | null | undefined,
): ReasonCheck {
  const wanted = code.trim().toLowerCase()
  const reason = agreement.reasonCodes.find((r) => r.code.toLowerCase() === wanted)
  if (reason === undefined)
    return { kind: 'unknown', valid: agreement.reasonCodes.map((r) => r.code) }
  const trimmed = note?.trim() ?? ''
  if (reason.noteRequired && trimmed === '') return { kind: 'note_required', reason }
  return { kind: 'ok', reason, note: trimmed === '' ? null : trimmed }
}
