import { access, readFile, writeFile } from 'node:fs/promises'
import { Command, Option } from 'commander'
import { formatFindings, parseAgreement } from '../../app/agreement/parse-agreement.ts'
import { renderAgreementHtml } from '../../app/agreement/render-agreement-html.ts'
import type { Agreement, AgreementVersion } from '../../core/agreement/index.ts'
import { diffAgreements, formatAgreementChanges } from '../../core/agreement/index.ts'
import { renderAgreementMarkdown } from '../../core/agreement/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { presetNames, readPreset } from '../agreement-presets.ts'
import type { CliBackend } from '../cli-backend.ts'
import { formatTable, present } from '../output.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'

type Loaded = { readonly document: Agreement; readonly version?: AgreementVersion }

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

/** Parses an agreement file, printing every finding; throws `agreement.invalid` when it has errors. */
async function readAgreementFile(deps: ProgramDeps, path: string): Promise<Agreement> {
  const text = await readFile(path, 'utf8').catch((cause: unknown) => {
    throw new AppError('request.invalid', `Cannot read ${path}: ${(cause as Error).message}`, {
      cause,
    })
  })
  const { agreement, report } = parseAgreement(text, path)
  if (report.errors.length + report.warnings.length > 0)
    deps.out.stderr(formatFindings(report, path))
  if (!agreement) {
    throw new AppError(
      'agreement.invalid',
      `${path} has ${report.errors.length} error(s); fix them and run again.`,
      {
        details: { errors: report.errors, warnings: report.warnings },
      },
    )
  }
  return agreement
}

/** Session helper: opens the backend only when a stored version is needed, once. */
function session(deps: ProgramDeps, options: GlobalOptions) {
  let backend: Promise<CliBackend> | undefined
  const open = () => (backend ??= deps.openBackend(options))
  return {
    open,
    /** A file path, or a stored version written as 3 or v3. */
    async load(ref: string): Promise<Loaded> {
      if (/^v?\d+$/i.test(ref) && !(await exists(ref))) {
        const version = await (await open()).getAgreement(versionNumber(ref))
        return { document: version.document, version }
      }
      return { document: await readAgreementFile(deps, ref) }
    },
    async close() {
      if (backend) await (await backend).close()
    },
  }
}

async function withSession(
  deps: ProgramDeps,
  command: Command,
  work: (s: ReturnType<typeof session>, options: GlobalOptions) => Promise<void>,
): Promise<void> {
  const options = command.optsWithGlobals<GlobalOptions>()
  const s = session(deps, options)
  try {
    await work(s, options)
  } finally {
    await s.close()
  }
}

function versionNumber(text: string): number {
  const match = /^v?(\d{1,9})$/i.exec(text)
  if (match?.[1] === undefined || Number(match[1]) < 1) {
    throw new AppError('request.invalid', `"${text}" is not a version number; write 3 or v3.`, {
      details: { field: 'version' },
    })
  }
  return Number(match[1])
}

const versionRow = (v: AgreementVersion) => [
  v.version,
  v.status,
  v.effectiveFrom?.toISOString().slice(0, 10),
  v.signatures.map((s) => `${s.side}: ${s.signerEmail}`).join(', '),
  v.document.name,
]

/** `baton agreement ...`: start, check, render, compare, store and sign the sales/marketing agreement. */
export function agreementCommand(deps: ProgramDeps): Command {
  const agreement = new Command('agreement').description(
    'The sales/marketing agreement: init, validate, render, diff, draft, sign, list',
  )

  agreement
    .command('init')
    .description('Write a commented starting agreement from a preset')
    .addOption(
      new Option('--preset <name>', 'source vocabulary').choices(presetNames).makeOptionMandatory(),
    )
    .option('--out <file>', 'file to write (default: print it)')
    .option('--force', 'overwrite an existing file')
    .action(async (options: { preset: string; out?: string; force?: boolean }) => {
      const text = await readPreset(options.preset)
      if (options.out === undefined) {
        deps.out.stdout(text)
        return
      }
      if (!options.force && (await exists(options.out))) {
        throw new AppError(
          'request.invalid',
          `${options.out} already exists; pass --force to overwrite it.`,
          { details: { field: 'out' } },
        )
      }
      await writeFile(options.out, text)
      deps.out.stdout(
        `wrote ${options.out} (preset ${options.preset}); edit it, then run: baton agreement validate ${options.out}\n`,
      )
    })

  agreement
    .command('validate')
    .description('Check an agreement file; exits non-zero naming each error with its path and fix')
    .argument('<file>', 'YAML or JSON agreement')
    .action(async (file: string, _options: unknown, command: Command) => {
      const { json } = command.optsWithGlobals<GlobalOptions>()
      const document = await readAgreementFile(deps, file)
      present(
        deps.out,
        json === true,
        { file, valid: true, name: document.name },
        (r) => `${r.file}: valid\n`,
      )
    })

  agreement
    .command('render')
    .description('Render an agreement file or stored version as a readable document')
    .argument('<source>', 'file, or stored version such as v2')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['markdown', 'html'])
        .default('markdown'),
    )
    .option('--out <file>', 'file to write (default: print it)')
    .action(async (source: string, options: { format: string; out?: string }, command: Command) => {
      await withSession(deps, command, async (s) => {
        const { document, version } = await s.load(source)
        const meta = version
          ? {
              version: version.version,
              status: version.status,
              signatures: version.signatures,
              ...(version.effectiveFrom ? { effectiveFrom: version.effectiveFrom } : {}),
            }
          : {}
        const text =
          options.format === 'html'
            ? renderAgreementHtml(document, meta)
            : renderAgreementMarkdown(document, meta)
        if (options.out === undefined) deps.out.stdout(text)
        else {
          await writeFile(options.out, text)
          deps.out.stdout(`wrote ${options.out}\n`)
        }
      })
    })

  agreement
    .command('diff')
    .description('Show what changed between two agreements (files or stored versions)')
    .argument('<a>', 'file or version')
    .argument('<b>', 'file or version')
    .action(async (a: string, b: string, _options: unknown, command: Command) => {
      await withSession(deps, command, async (s, options) => {
        const changes = diffAgreements((await s.load(a)).document, (await s.load(b)).document)
        present(deps.out, options.json === true, changes, (c) => `${formatAgreementChanges(c)}\n`)
      })
    })

  agreement
    .command('draft')
    .description('Store a valid agreement file as the next draft version, ready for signatures')
    .argument('<file>', 'YAML or JSON agreement')
    .action(async (file: string, _options: unknown, command: Command) => {
      await withSession(deps, command, async (s, options) => {
        const document = await readAgreementFile(deps, file)
        const { version } = await (await s.open()).draftAgreement(document)
        present(
          deps.out,
          options.json === true,
          version,
          (v) =>
            `stored draft version ${v.version}; sign it with: baton agreement sign ${v.version} --as <email>\n`,
        )
      })
    })

  agreement
    .command('sign')
    .description("Sign a draft version for the signer's side (marketing or sales)")
    .argument('<version>', 'version number, e.g. 2')
    .requiredOption('--as <email>', 'email of the signing user (role marketing or sales)')
    .action(async (version: string, options: { as: string }, command: Command) => {
      await withSession(deps, command, async (s, global) => {
        const signed = await (await s.open()).signAgreement(versionNumber(version), options.as)
        present(deps.out, global.json === true, signed, (v) =>
          v.status === 'signed'
            ? `version ${v.version} is signed by both sides and in force from ${v.effectiveFrom?.toISOString() ?? ''}\n`
            : `version ${v.version} signed by ${options.as}; waiting for the other side\n`,
        )
      })
    })

  agreement
    .command('list')
    .description('List stored versions with status and signatures')
    .action(async (_options: unknown, command: Command) => {
      await withSession(deps, command, async (s, options) => {
        const versions = await (await s.open()).listAgreements()
        present(deps.out, options.json === true, versions, (list) =>
          formatTable(
            ['version', 'status', 'effective', 'signatures', 'name'],
            list.map(versionRow),
          ),
        )
      })
    })

  return agreement
}
