import type {
  CandidateStatus,
  DuplicateCandidate,
  DuplicateMatch,
  DuplicatePerson,
  MergeFields,
} from '../../core/duplicates/index.ts'
import type { Page, PageRequest, PersonId } from '../../core/shared/index.ts'
import type { ReadOptions } from '../ports.ts'

/** A pair for the review queue or a decision on it; the store orders the pair. */
export type CandidatePair = {
  readonly personIds: readonly [PersonId, PersonId]
  readonly match: Pick<DuplicateMatch, 'score' | 'tier' | 'evidence'>
}

export type CandidateDecision = {
  readonly status: Exclude<CandidateStatus, 'open'>
  readonly decidedBy: string
  readonly decidedAt: Date
}

/** An open candidate with both people, for the review queue. */
export type DuplicateCandidateView = DuplicateCandidate & {
  readonly personA: DuplicatePerson
  readonly personB: DuplicatePerson
}

/** One append-only audit_log row: who changed what. */
export type AuditEntry = {
  readonly at: Date
  readonly actor: string
  readonly action: string
  readonly subjectType: string
  readonly subjectId: string
  readonly details: Readonly<Record<string, unknown>>
}

/** A person's row after merges: its merged fields and where it now points. */
export type MergedPersonWrite = {
  readonly id: PersonId
  readonly fields?: MergeFields
  readonly mergedInto?: PersonId
}

/** Many merges' writes at once, for intake's automatic merges (see mergeReviewedPairs). */
export interface DuplicateBatchStore {
  /** People (id and target) merged into one of these people. */
  findMergedInto(
    ids: readonly PersonId[],
  ): Promise<readonly { readonly id: PersonId; readonly mergedInto: PersonId }[]>
  /** Writes each person's fields and/or merged_into as given, in one or two statements. */
  writeMergedPeople(people: readonly MergedPersonWrite[]): Promise<void>
  /** recordDecision for many distinct pairs in one statement; candidates in the order given. */
  recordDecisions(
    pairs: readonly CandidatePair[],
    decision: CandidateDecision,
  ): Promise<readonly DuplicateCandidate[]>
  /** Appends the entries in the order given. */
  appendAudits(entries: readonly AuditEntry[]): Promise<void>
}

/** Duplicate people beyond email: candidate search, the review queue, merges and their audit. */
export interface DuplicateStore extends DuplicateBatchStore {
  /**
   * Pairs of live people where one is in `personIds` and they share an E.164 phone or a folded
   * last name at one account; a bounded number per person and key, in a few statements for all.
   */
  findCandidatePairs(personIds: readonly PersonId[]): Promise<readonly [PersonId, PersonId][]>
  /** People by id, merged ones too; with `forUpdate` locked in id order. */
  findPeople(ids: readonly PersonId[], options?: ReadOptions): Promise<readonly DuplicatePerson[]>
  /** Queues pairs for review; a pair already recorded (open or decided) keeps its row. */
  insertCandidates(pairs: readonly CandidatePair[]): Promise<void>
  /** Records a decision on a pair, adding the pair when it was never queued. */
  recordDecision(pair: CandidatePair, decision: CandidateDecision): Promise<DuplicateCandidate>
  findCandidate(id: string, options?: ReadOptions): Promise<DuplicateCandidate | undefined>
  /** Open candidates, oldest first, with both people; with `personId`, only pairs with them. */
  listOpen(
    page: PageRequest,
    filter?: { readonly personId?: PersonId },
  ): Promise<Page<DuplicateCandidateView>>
  /**
   * Writes the survivor's merged fields and points the loser, and everyone merged into it, at the
   * survivor; returns the ids moved from the loser to the survivor.
   */
  merge(merge: {
    readonly survivorId: PersonId
    readonly loserId: PersonId
    readonly survivorFields: Partial<MergeFields>
  }): Promise<readonly PersonId[]>
  /** Puts the survivor's fields back, frees the loser, and points `rejoin` at the loser again. */
  unmerge(unmerge: {
    readonly survivorId: PersonId
    readonly loserId: PersonId
    readonly survivorFields: Partial<MergeFields>
    readonly rejoin: readonly PersonId[]
  }): Promise<void>
  appendAudit(entry: AuditEntry): Promise<void>
  /** The latest audit entry of this action on this subject. */
  findLatestAudit(subject: {
    readonly action: string
    readonly subjectType: string
    readonly subjectId: string
  }): Promise<AuditEntry | undefined>
}
