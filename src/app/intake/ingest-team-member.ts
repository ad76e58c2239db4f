import { personNameKey } from '../../core/hygiene/index.ts'
import {
  cleanTeamMember,
  placeholderEmail,
  placeholderEmailDomain,
  reject,
  type CleanTeamMember,
  type TeamMemberInput,
} from '../../core/imports/index.ts'
import type { UserId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { roles, type Stores } from '../ports.ts'
import type { RosterUser } from './import-ports.ts'
import { ingestEach, type RowOutcome } from './ingest-each.ts'

const isPlaceholder = (email: string) => email.endsWith(`@${placeholderEmailDomain}`)

/** The one user with this name key; undefined when there is none or several. */
function byName(users: readonly RosterUser[], nameKey: string): RosterUser | undefined {
  const named = users.filter((user) => personNameKey(user.name) === nameKey)
  return named.length === 1 ? named[0] : undefined
}

async function managerIdOf(
  tx: Stores,
  member: CleanTeamMember,
  teamId: string | null,
): Promise<UserId | null> {
  if (member.manager === null || member.managerKey === null) return null
  const users = await tx.imports.teams.listUsers()
  const manager = byName(users, member.managerKey)
  if (manager) return manager.id
  return tx.imports.teams.insertUser({
    email: placeholderEmail(member.managerKey),
    name: member.manager,
    role: 'sales',
    teamId,
    managerId: null,
  })
}

function changesOf(
  user: RosterUser,
  member: CleanTeamMember,
  teamId: string | null,
  managerId: UserId | null,
) {
  const changes: { email?: string; teamId?: string; managerId?: UserId } = {}
  if (member.emailGiven && isPlaceholder(user.email)) changes.email = member.email
  if (teamId !== null && user.teamId !== teamId) changes.teamId = teamId
  if (managerId !== null && managerId !== user.id && user.managerId !== managerId)
    changes.managerId = managerId
  return changes
}

async function upsert(tx: Stores, input: TeamMemberInput): Promise<RowOutcome> {
  const cleaning = cleanTeamMember(input)
  if (cleaning.kind === 'rejected') return cleaning
  const { member } = cleaning
  if (!(roles as readonly string[]).includes(member.role)) {
    return reject(
      'team_member.bad_role',
      `role ${JSON.stringify(member.role)} does not exist — fix: use one of ${roles.join(', ')}, or leave it blank for sales`,
    )
  }
  const teamId = member.team === null ? null : await tx.imports.teams.teamId(member.team)
  const managerId = await managerIdOf(tx, member, teamId)
  const users = await tx.imports.teams.listUsers()
  const user = users.find((u) => u.email === member.email) ?? byName(users, member.nameKey)
  if (!user) {
    const id = await tx.imports.teams.insertUser({ ...member, teamId, managerId })
    return { kind: 'created', id }
  }
  const changes = changesOf(user, member, teamId, managerId)
  if (Object.keys(changes).length === 0) return { kind: 'merged', id: user.id }
  await tx.imports.teams.updateUser(user.id, changes)
  return { kind: 'updated', id: user.id }
}

/**
 * Imports a sales roster in one transaction, a savepoint each: each member becomes a user (matched by
 * email, else by name) on their team, reporting to their manager, who is found by name or created.
 * Members without an email get a reserved `.invalid` address until a real one is imported.
 */
export async function ingestTeamMembers(
  ctx: UseCaseContext,
  inputs: readonly TeamMemberInput[],
): Promise<RowOutcome[]> {
  return ingestEach(ctx, inputs, upsert)
}
