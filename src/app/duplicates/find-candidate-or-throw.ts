import type { DuplicateCandidate } from '../../core/duplicates/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { Stores } from '../ports.ts'

/** The candidate, locked, still undecided or dismissed; `duplicate.not_found` or `already_merged`. */
export async function findCandidateOrThrow(tx: Stores, id: string): Promise<DuplicateCandidate> {
  const candidate = await tx.duplicates.findCandidate(id, { forUpdate: true })
  if (!candidate) {
    throw new AppError(
      'duplicate.not_found',
      `No duplicate candidate with id ${id} in this workspace; \`baton duplicates list\` shows the open ones.`,
      { details: { id } },
    )
  }
  if (candidate.status === 'merged') {
    throw new AppError(
      'duplicate.already_merged',
      `Candidate ${id} was already merged by ${candidate.decidedBy ?? 'someone'}; there is nothing left to decide.`,
      { details: { id, decidedBy: candidate.decidedBy } },
    )
  }
  return candidate
}
