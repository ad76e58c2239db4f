import { Command } from 'commander'
import type { ApiKeyView } from '../../app/access/workspace-api-keys.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'

const when = (at: Date | null) => (at === null ? '-' : at.toISOString())

function keyTable(keys: readonly ApiKeyView[]): string {
  return formatTable(
    ['id', 'name', 'prefix', 'role', 'user', 'created', 'last used', 'revoked'],
    keys.map((k) => [
      k.id,
      k.name,
      k.prefix,
      k.role,
      k.userId ?? '-',
      when(k.createdAt),
      when(k.lastUsedAt),
      when(k.revokedAt),
    ]),
  )
}

/** `baton api-key create|list|revoke`: keys scoped to a workspace and role, shown once, stored hashed. */
export function apiKeyCommand(deps: ProgramDeps): Command {
  const apiKey = new Command('api-key').description(
    'Create, list and revoke API keys (admins); a key is shown once and stored hashed',
  )
  apiKey
    .command('create')
    .description('Create a key for this workspace with one role; prints the key once')
    .requiredOption('--name <name>', 'what the key is for, e.g. "website forms"')
    .requiredOption('--role <role>', 'admin, marketing, sdr, sales or viewer')
    .option('--user <email>', 'the user the key acts as (to sign, or for own-leads rules)')
    .action(async (options: { name: string; role: string; user?: string }, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const input = {
          name: options.name,
          role: options.role,
          ...(options.user === undefined ? {} : { userEmail: options.user }),
        }
        const issued = await backend.access.createApiKey(input)
        present(
          deps.out,
          json,
          issued,
          (k) =>
            `${k.key}\ncreated ${k.role} key "${k.name}" (${k.id}); it is shown only this once, store it now\n`,
        )
      })
    })
  apiKey
    .command('list')
    .description('List the keys with their role, user and last use (never the secrets)')
    .action(async (_options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        present(deps.out, json, await backend.access.listApiKeys(), keyTable)
      })
    })
  apiKey
    .command('revoke')
    .description('Revoke a key at once')
    .argument('<id>')
    .action(async (id: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const revoked = await backend.access.revokeApiKey(id)
        present(deps.out, json, revoked, (k) => `revoked key "${k.name}" (${k.id})\n`)
      })
    })
  return apiKey
}
