import type { PersonId } from '../shared/index.ts'
import { stripAccents } from '../hygiene/index.ts'
import { planLeadUpsert } from './plan-lead-upsert.ts'
import type { CleanLead, KnownPerson, PersonPatch } from './types.ts'

/** A person a batch lead resolves to: one already stored, or the batch's `created`-th new person. */
export type PersonRef =
  | { readonly kind: 'stored'; readonly id: PersonId }
  | { readonly kind: 'created'; readonly index: number }

/** One lead of a batch after hygiene, with what creating a person from it would record first. */
export type BatchLead = {
  readonly clean: CleanLead
  readonly externalId: string | null
  readonly doNotContact: boolean
  /** The first stage a new person from this lead enters, or why it cannot enter one. */
  readonly firstStage:
    | { readonly ok: true; readonly stage: string }
    | { readonly ok: false; readonly reason: string; readonly message: string }
}

/** A stored person found by one of the batch's source ids or canonical emails. */
export type StoredPerson = KnownPerson & {
  readonly externalId: string | null
  readonly emailNormalized: string | null
}

export type PersonCreate = {
  /** The lead that brought the person in: its stage, date and source id are the person's. */
  readonly lead: number
  readonly fields: PersonPatch
  readonly emailNormalized: string | null
  readonly externalId: string | null
}

export type StoredPersonChanges = PersonPatch & { readonly emailNormalized?: string }

export type LeadResolution =
  | { readonly kind: 'created' | 'updated' | 'merged'; readonly person: PersonRef }
  | { readonly kind: 'rejected'; readonly reason: string; readonly message: string }

export type PeoplePlan = {
  /** New people in order of first capture. */
  readonly creates: readonly PersonCreate[]
  /** What the batch fills in on stored people, all its repeats together. */
  readonly updates: ReadonlyMap<PersonId, StoredPersonChanges>
  /** Per lead, in order: the person it is and what it did. */
  readonly resolutions: readonly LeadResolution[]
  /** Each person's view after the batch, by ref key (see `personRefKey`). */
  readonly people: ReadonlyMap<string, KnownPerson>
}

/** A stable key for a person ref, e.g. to look up its final view. */
export function personRefKey(ref: PersonRef): string {
  return ref.kind === 'stored' ? `stored:${ref.id}` : `created:${ref.index}`
}

type Entry = { readonly ref: PersonRef; view: KnownPerson }

type BatchState = {
  readonly byKey: Map<string, Entry>
  readonly creates: {
    lead: number
    fields: PersonPatch
    emailNormalized: string | null
    externalId: string | null
  }[]
  readonly updates: Map<PersonId, StoredPersonChanges>
}

const externalKey = (id: string) => `x:${id}`
const emailKey = (email: string) => `e:${email}`

function stateOf(stored: readonly StoredPerson[]): BatchState {
  const byKey = new Map<string, Entry>()
  for (const person of stored) {
    const { externalId, emailNormalized, ...view } = person
    const entry: Entry = { ref: { kind: 'stored', id: person.id }, view }
    if (externalId !== null) byKey.set(externalKey(externalId), entry)
    if (emailNormalized !== null && !byKey.has(emailKey(emailNormalized)))
      byKey.set(emailKey(emailNormalized), entry)
  }
  return { byKey, creates: [], updates: new Map() }
}

const fullName = (first: string | null, last: string | null) =>
  stripAccents(`${first ?? ''} ${last ?? ''}`)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

// A shared inbox (info@, sales@) is written from by many people: named differently, they are
// different people however alike their address.
function anotherPersonOnSharedInbox(entry: Entry, lead: BatchLead): boolean {
  if (!lead.clean.emailFlags.roleAddress) return false
  const known = fullName(entry.view.firstName, entry.view.lastName)
  const incoming = fullName(lead.clean.firstName, lead.clean.lastName)
  return known !== '' && incoming !== '' && known !== incoming
}

function find(state: BatchState, lead: BatchLead): Entry | undefined {
  const byExternal =
    lead.externalId === null ? undefined : state.byKey.get(externalKey(lead.externalId))
  if (byExternal) return byExternal
  const email = lead.clean.emailCanonical
  const byEmail = email === null ? undefined : state.byKey.get(emailKey(email))
  return byEmail && anotherPersonOnSharedInbox(byEmail, lead) ? undefined : byEmail
}

function create(state: BatchState, lead: BatchLead, index: number, fields: PersonPatch): Entry {
  const ref: PersonRef = { kind: 'created', index: state.creates.length }
  // The address stays the first holder's key: a second person on a shared inbox keeps it for
  // display only.
  const email = lead.clean.emailCanonical
  const emailNormalized = email !== null && !state.byKey.has(emailKey(email)) ? email : null
  state.creates.push({ lead: index, fields, emailNormalized, externalId: lead.externalId })
  const view: KnownPerson = {
    id: personRefKey(ref) as PersonId,
    email: fields.email ?? null,
    firstName: fields.firstName ?? null,
    lastName: fields.lastName ?? null,
    title: fields.title ?? null,
    phone: fields.phone ?? null,
    companyName: fields.companyName ?? null,
    country: fields.country ?? null,
    source: fields.source ?? null,
    accountId: null,
    doNotContact: fields.doNotContact ?? false,
  }
  const entry: Entry = { ref, view }
  if (lead.externalId !== null) state.byKey.set(externalKey(lead.externalId), entry)
  if (emailNormalized !== null) state.byKey.set(emailKey(emailNormalized), entry)
  return entry
}

/** Fills the entry's blanks; an address another person already holds stays where it is. */
function update(state: BatchState, entry: Entry, lead: BatchLead, changes: PersonPatch): boolean {
  const email = lead.clean.emailCanonical
  const { email: newEmail, ...rest } = changes
  const emailFree = email !== null && (state.byKey.get(emailKey(email)) ?? entry) === entry
  const applied: PersonPatch = newEmail !== undefined && emailFree ? changes : rest
  if (Object.keys(applied).length === 0) return false
  entry.view = { ...entry.view, ...applied }
  if (applied.email !== undefined && email !== null) state.byKey.set(emailKey(email), entry)
  const emailChange =
    applied.email !== undefined && email !== null ? { emailNormalized: email } : {}
  if (entry.ref.kind === 'stored') {
    const before = state.updates.get(entry.ref.id) ?? {}
    state.updates.set(entry.ref.id, { ...before, ...applied, ...emailChange })
  } else {
    const pending = state.creates[entry.ref.index]
    if (pending) {
      pending.fields = { ...pending.fields, ...applied }
      if (applied.email !== undefined) pending.emailNormalized = email
    }
  }
  return true
}

/**
 * Decides, lead by lead in capture order, what a batch does to the person store: a lead whose source id
 * or canonical email matches a stored person or an earlier lead of the batch is a repeat that fills
 * blanks (see planLeadUpsert); any other lead creates a person, unless its first stage is refused.
 * Pure: `stored` holds every person the batch's ids and emails name.
 */
export function planLeadBatch(
  leads: readonly BatchLead[],
  stored: readonly StoredPerson[],
): PeoplePlan {
  const state = stateOf(stored)
  const resolutions: LeadResolution[] = leads.map((lead, index) => {
    const entry = find(state, lead)
    const plan = planLeadUpsert(lead.clean, lead.doNotContact, entry?.view)
    if (plan.kind === 'create' || !entry) {
      if (!lead.firstStage.ok) {
        const { reason, message } = lead.firstStage
        return { kind: 'rejected', reason, message }
      }
      const fields = plan.kind === 'create' ? plan.fields : {}
      return { kind: 'created', person: create(state, lead, index, fields).ref }
    }
    const changed = plan.kind === 'update' && update(state, entry, lead, plan.changes)
    return { kind: changed ? 'updated' : 'merged', person: entry.ref }
  })
  const people = new Map<string, KnownPerson>()
  for (const entry of state.byKey.values()) people.set(personRefKey(entry.ref), entry.view)
  return { creates: state.creates, updates: state.updates, resolutions, people }
}
