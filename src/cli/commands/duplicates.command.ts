import { Command, Option } from 'commander'
import type { DuplicatePair, DuplicatePersonSummary } from '../../app/duplicates/list-duplicates.ts'
import type { Page } from '../../core/shared/index.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { pageLimit, withBackend } from '../with-backend.ts'

const who = (p: DuplicatePersonSummary) =>
  `${[p.firstName, p.lastName].filter(Boolean).join(' ') || '(no name)'} <${p.email ?? '-'}> ${p.id}`

function queueText(page: Page<DuplicatePair>): string {
  if (page.items.length === 0) return 'no open duplicates\n'
  const rows = page.items.map((pair) => [
    pair.id,
    pair.tier,
    pair.score,
    who(pair.personA),
    who(pair.personB),
    pair.evidence
      .filter((item) => item.points > 0)
      .map((item) => item.field)
      .join(','),
  ])
  const more = page.nextCursor ? `more: --cursor ${page.nextCursor}\n` : ''
  return formatTable(['candidate', 'tier', 'score', 'person a', 'person b', 'agreed'], rows) + more
}

/** `baton duplicates list|merge|dismiss|unmerge`: the duplicate review queue. */
export function duplicatesCommand(deps: ProgramDeps): Command {
  const duplicates = new Command('duplicates').description(
    'Review people who may be the same: list the queue, merge, dismiss, unmerge',
  )

  duplicates
    .command('list')
    .description('Open duplicate pairs, oldest first, with the fields that agreed')
    .addOption(new Option('--limit <n>', 'rows per page, 1..500').default(50).argParser(pageLimit))
    .option('--cursor <cursor>', 'nextCursor printed by the previous page')
    .action(async (options: { limit: number; cursor?: string }, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        present(deps.out, json, await backend.listDuplicates(options), queueText)
      })
    })

  duplicates
    .command('merge')
    .description('Merge two people into one; the older record survives and gets the blanks filled')
    .argument('<personId>', 'a person')
    .argument('<intoPersonId>', 'the person it duplicates')
    .action(async (personId: string, intoPersonId: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const result = await backend.mergeDuplicates(personId, intoPersonId)
        present(deps.out, json, result, (r) => {
          const filled = r.filled.length === 0 ? 'nothing' : r.filled.join(', ')
          return `merged ${r.mergedId} into ${r.survivorId} (the older record); filled ${filled}\n`
        })
      })
    })

  duplicates
    .command('dismiss')
    .description('Mark a pair as two different people; it is never proposed again')
    .argument('<candidateId>', 'candidate id from `baton duplicates list`')
    .action(async (candidateId: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const candidate = await backend.dismissDuplicate(candidateId)
        present(
          deps.out,
          json,
          candidate,
          (c) => `dismissed ${c.id}: ${c.personAId} and ${c.personBId} are different people\n`,
        )
      })
    })

  duplicates
    .command('unmerge')
    .description('Undo the merge of a person (admin only): it stands on its own again')
    .argument('<personId>', 'the person that was merged away')
    .action(async (personId: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        const result = await backend.unmergePerson(personId)
        present(deps.out, json, result, (r) => {
          const kept =
            r.kept.length === 0 ? '' : `; kept fields changed since: ${r.kept.join(', ')}`
          return `unmerged ${r.personId} from ${r.survivorId}${kept}\n`
        })
      })
    })

  return duplicates
}
