import { normalizeEmail, type Person, type PersonFields } from '../../core/records/index.ts'
import type { Page, PageRequest, PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { recordFirstStage } from '../funnel/change-stage.ts'
import { foundOrThrow } from './found-or-throw.ts'
import { authorize } from '../access/authorize.ts'

export type CreatePersonInput = PersonFields & { readonly stage?: string }

function toEmailNormalized(email: string | null | undefined): string | null | undefined {
  return email == null ? email : normalizeEmail(email)
}

/** Creates a person in their first lifecycle stage (default inquiry) and records entering it, atomically. */
export async function createPerson(ctx: UseCaseContext, input: CreatePersonInput): Promise<Person> {
  authorize(ctx, 'people.write')
  const { stage = 'inquiry', ...fields } = input
  const emailNormalized = toEmailNormalized(fields.email) ?? null
  return ctx.store.transaction(async (tx) => {
    const person = await tx.people.insert({ ...fields, emailNormalized, stage })
    const subject = { type: 'person', id: person.id } as const
    const firstStage = await recordFirstStage(tx, ctx, subject, stage)
    return { ...person, stage: firstStage }
  })
}

/** Returns the person or throws `person.not_found`. */
export async function getPerson(ctx: UseCaseContext, id: PersonId): Promise<Person> {
  authorize(ctx, 'people.read')
  return foundOrThrow(await ctx.store.people.find(id), 'person.not_found', 'person', id)
}

/** Lists people, oldest first, one page at a time. */
export async function listPeople(
  ctx: UseCaseContext,
  page: PageRequest,
  filter: { readonly stage?: string } = {},
): Promise<Page<Person>> {
  authorize(ctx, 'people.read')
  return ctx.store.people.list(page, filter)
}

/** Changes a person's fields (never the stage: that is a stage change); throws `person.not_found`. */
export async function updatePerson(
  ctx: UseCaseContext,
  id: PersonId,
  fields: PersonFields,
): Promise<Person> {
  authorize(ctx, 'people.write')
  const updated = await ctx.store.people.update(id, {
    ...fields,
    emailNormalized: toEmailNormalized(fields.email),
  })
  return foundOrThrow(updated, 'person.not_found', 'person', id)
}
