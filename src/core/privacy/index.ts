// Privacy: what a person may ask of Baton. Erasure keeps the facts the numbers are made of (stages,
// activity types and times, source, country, owner, account) and drops everything that says who the
// person is; a person who opted out, or was erased, is never the subject of an outbound notification.
export { erasedPersonFields, type ErasedPersonFields } from './erased-person-fields.ts'
export { isContactable, type ContactFacts } from './is-contactable.ts'
