import type { AccountId, OpportunityId, PersonId } from '../shared/index.ts'

/** What a stage event is about: people and accounts move through the lifecycle, opportunities through sales stages. */
export type StageSubject =
  | { readonly type: 'person'; readonly id: PersonId }
  | { readonly type: 'account'; readonly id: AccountId }
  | { readonly type: 'opportunity'; readonly id: OpportunityId }

export type StageSubjectType = StageSubject['type']

/** An immutable record of one stage change: who moved what, from where to where, when and why. */
export type StageEvent = {
  readonly id: string
  readonly subject: StageSubject
  readonly fromStage: string | null
  readonly toStage: string
  readonly occurredAt: Date
  readonly recordedAt: Date
  readonly actor: string
  readonly reasonCode: string | null
  readonly note: string | null
  readonly agreementVersion: number | null
}

export type StageEventDraft = Omit<StageEvent, 'id' | 'recordedAt'>
