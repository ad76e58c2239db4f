import { Command } from 'commander'
import type { ErasureReceipt } from '../../app/privacy/erase-person-data.ts'
import type { PersonDataExport } from '../../app/privacy/export-person-data.ts'
import { present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'

function erasureText(receipt: ErasureReceipt): string {
  const counts = Object.entries(receipt.counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${what} ${String(n)}`)
    .join(', ')
  return (
    `erased ${String(receipt.personIds.length)} person record(s) at ${receipt.erasedAt}` +
    `${counts === '' ? '' : ` (${counts})`}; the address is suppressed and intake will refuse it\n`
  )
}

/** `baton privacy export|erase <email>`: a person's requests to see or erase their data (admins). */
export function privacyCommand(deps: ProgramDeps): Command {
  const privacy = new Command('privacy').description(
    "A person's privacy requests (admins): export everything held about them, or erase it",
  )
  privacy
    .command('export')
    .description('Print everything held about the person with this email, as JSON')
    .argument('<email>')
    .action(async (email: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend) => {
        const data = await backend.access.exportPersonData(email)
        // An export is for a machine or the person: always JSON.
        present(deps.out, true, data, (d: PersonDataExport) => JSON.stringify(d))
      })
    })
  privacy
    .command('erase')
    .description(
      'Erase the person with this email: personal fields anonymized, stage history kept, the address suppressed',
    )
    .argument('<email>')
    .action(async (email: string, _options: unknown, command: Command) => {
      await withBackend(deps, command, async (backend, json) => {
        present(deps.out, json, await backend.access.erasePersonData(email), erasureText)
      })
    })
  return privacy
}
