import type { ContactFacts, ErasedPersonFields } from '../../core/privacy/index.ts'
import type { PersonId } from '../../core/shared/index.ts'

/** One stored row as an export shows it: its columns in camelCase, instants as ISO text. */
export type ExportRow = Readonly<Record<string, unknown>>

/** Everything Baton holds about a set of people, by what it is. */
export type PersonData = {
  readonly people: readonly ExportRow[]
  readonly accounts: readonly ExportRow[]
  readonly activities: readonly ExportRow[]
  readonly stageEvents: readonly ExportRow[]
  readonly clocks: readonly ExportRow[]
  readonly assignments: readonly ExportRow[]
  readonly reviews: readonly ExportRow[]
  readonly meetings: readonly ExportRow[]
  readonly followUps: readonly ExportRow[]
  readonly enrollments: readonly ExportRow[]
  readonly visitors: readonly ExportRow[]
  readonly experimentArms: readonly ExportRow[]
  readonly opportunities: readonly ExportRow[]
  readonly duplicateCandidates: readonly ExportRow[]
  readonly auditLog: readonly ExportRow[]
}

/** How many rows an erasure changed, by what they are. */
export type ErasureCounts = Readonly<Record<string, number>>

/** Privacy requests' reads and writes inside one workspace. */
export interface PrivacyStore {
  /** The live person with this canonical email and every record merged into them; locked with forUpdate. */
  findPeopleByEmail(
    emailNormalized: string,
    options?: { readonly forUpdate?: boolean },
  ): Promise<readonly PersonId[]>
  /** Everything held about these people. */
  collect(personIds: readonly PersonId[]): Promise<PersonData>
  /**
   * Writes the erased fields on these people and scrubs free text and custom fields everywhere else
   * (activity properties, stage-event and review notes, meeting notes, audit details); stops their
   * running clocks, open follow-ups and active nurture at `at`. Stage events and activities stay,
   * anonymized.
   */
  erase(
    personIds: readonly PersonId[],
    erasure: { readonly fields: ErasedPersonFields; readonly at: Date },
  ): Promise<ErasureCounts>
  /** Records an erased address (as its hash); recording it again keeps the first. */
  suppress(entry: { readonly emailHash: string; readonly reason: string }): Promise<void>
  /** Of these hashes, the ones suppressed. */
  findSuppressed(emailHashes: readonly string[]): Promise<ReadonlySet<string>>
  /** Opt-out facts of these people (merged and erased ones too), by id. */
  findContactFacts(personIds: readonly string[]): Promise<ReadonlyMap<string, ContactFacts>>
}
