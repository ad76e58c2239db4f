import type { Segment, SegmentFilter, SegmentSubject } from '../../core/segments/index.ts'
import type { Page, PageRequest } from '../../core/shared/index.ts'

export type NewSegment = Omit<Segment, 'id' | 'createdAt'>

/** What a segment evaluates: its subject and filter, judged at `now` (for within_days tests). */
export type SegmentQuery = {
  readonly subject: SegmentSubject
  readonly filter: SegmentFilter
  readonly now: Date
}

/** A person or account matching a segment, as a list shows it. */
export type SegmentMember = {
  readonly id: string
  /** The person's full name (else email) or the account's name. */
  readonly name: string | null
  readonly email: string | null
  /** The person's company, or the account's domain. */
  readonly company: string | null
  readonly stage: string | null
  readonly score: number | null
  readonly createdAt: Date
}

/** Saved segments of one workspace; `insert` throws `segment.name_taken` when the name exists. */
export interface SegmentStore {
  insert(segment: NewSegment): Promise<Segment>
  find(id: string): Promise<Segment | undefined>
  findByName(name: string): Promise<Segment | undefined>
  /** Every segment, by name. */
  list(): Promise<readonly Segment[]>
  /** Members matching now, oldest first, one page at a time. */
  members(query: SegmentQuery, page: PageRequest): Promise<Page<SegmentMember>>
  /** How many match now. */
  count(query: SegmentQuery): Promise<number>
}
