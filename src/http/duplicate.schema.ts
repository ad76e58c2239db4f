import { z } from '@hono/zod-openapi'
import type { DuplicatePair, DuplicatePersonSummary } from '../app/duplicates/list-duplicates.ts'
import type { DuplicateCandidate } from '../core/duplicates/index.ts'
import { idOf, timestamp } from './common.schema.ts'

const Evidence = z
  .object({
    field: z.enum(['email', 'first_name', 'last_name', 'phone', 'company', 'title']),
    verdict: z.enum(['same', 'nickname', 'partial', 'initial', 'different']),
    points: z.number().int(),
    detail: z.string().optional(),
  })
  .openapi('DuplicateEvidence')

export const DuplicatePersonBody = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    companyName: z.string().nullable(),
    accountId: z.string().nullable(),
    stage: z.string(),
    doNotContact: z.boolean(),
    mergedInto: z.string().nullable(),
    createdAt: timestamp,
  })
  .openapi('DuplicatePerson')

const candidateFields = {
  id: z.string(),
  personAId: z.string(),
  personBId: z.string(),
  score: z.number().int().openapi({ description: 'Sum of the evidence points' }),
  tier: z.enum(['strong', 'weak', 'none']),
  evidence: z.array(Evidence),
  status: z.enum(['open', 'merged', 'dismissed']),
  decidedBy: z.string().nullable(),
  decidedAt: timestamp.nullable(),
  createdAt: timestamp,
}

export const CandidateBody = z.object(candidateFields).openapi('DuplicateCandidate')

export const CandidateViewBody = z
  .object({ ...candidateFields, personA: DuplicatePersonBody, personB: DuplicatePersonBody })
  .openapi('DuplicateCandidateWithPeople')

export const MergeRequest = z
  .union([
    z.strictObject({
      personId: idOf<'person'>(),
      intoPersonId: idOf<'person'>().openapi({
        description: 'The other person; the older of the two survives whichever is named here',
      }),
    }),
    z.strictObject({ candidateId: z.uuid() }),
  ])
  .openapi('DuplicateMerge')

export const MergeResultBody = z
  .object({
    survivorId: z.string(),
    mergedId: z.string(),
    candidateId: z.string(),
    filled: z.array(z.string()).openapi({ description: 'Survivor fields the merge filled' }),
  })
  .openapi('DuplicateMergeResult')

export const UnmergeResultBody = z
  .object({
    personId: z.string(),
    survivorId: z.string(),
    restored: z.array(z.string()),
    kept: z.array(z.string()).openapi({ description: 'Fields changed since the merge, kept' }),
  })
  .openapi('UnmergeResult')

function toDuplicatePersonBody(
  person: DuplicatePersonSummary,
): z.infer<typeof DuplicatePersonBody> {
  return { ...person, createdAt: person.createdAt.toISOString() }
}

/** The wire form of a candidate pair. */
export function toCandidateBody(candidate: DuplicateCandidate): z.infer<typeof CandidateBody> {
  return {
    ...candidate,
    evidence: [...candidate.evidence],
    decidedAt: candidate.decidedAt?.toISOString() ?? null,
    createdAt: candidate.createdAt.toISOString(),
  }
}

/** The wire form of an open candidate with both people. */
export function toCandidateViewBody(view: DuplicatePair): z.infer<typeof CandidateViewBody> {
  return {
    ...toCandidateBody(view),
    personA: toDuplicatePersonBody(view.personA),
    personB: toDuplicatePersonBody(view.personB),
  }
}
