import { basename } from 'node:path'
import { Command, InvalidArgumentError, Option } from 'commander'
import { loadMapping, presetMappingNames } from '../../app/intake/mapping/preset-mappings.ts'
import { mappingEntities, type MappingEntity } from '../../app/intake/mapping/baton-fields.ts'
import { AppError } from '../../core/shared/index.ts'
import type { CliBackend } from '../cli-backend.ts'
import { readCsv } from '../csv/read-csv.ts'
import { present } from '../output.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'
import type { ImportSummary } from '../../app/intake/import-summary.ts'
import { importRows, type RejectExample } from './import-rows.ts'
import { rowIntakes } from './row-intakes.ts'

type ImportOptions = {
  map?: string
  dryRun?: boolean
  batchSize: number
  rejects?: string
  progress: boolean
}

const prefixed = (prefix: string, counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([key, n]) => [`${prefix}${key}`, n]))

function batchSize(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new InvalidArgumentError('--batch-size takes 1 to 1000')
  return n
}

const summaryText = (
  file: string,
  result: { summary: ImportSummary; examples: readonly RejectExample[]; rejectFile?: string },
  dryRun?: boolean,
) => {
  const s = result.summary
  return (
    [
      `${dryRun ? 'dry run (nothing written): ' : ''}${file}: read ${s.read}, created ${s.created}, updated ${s.updated}, merged ${s.merged}, rejected ${s.rejected}`,
      ...Object.entries(s.rejectedByReason).map(([reason, n]) => `  rejected ${reason}: ${n}`),
      ...Object.entries(s.notedByReason).map(([note, n]) => `  noted ${note}: ${n}`),
      ...result.examples.map((e) => `  line ${e.line}: ${e.reason}: ${e.message}`),
      ...(result.rejectFile ? [`rejected rows written to ${result.rejectFile}`] : []),
    ].join('\n') + '\n'
  )
}

/** `baton import <entity> <file>`: stream a CSV file into Baton through a mapping. */
export function importCommand(deps: ProgramDeps): Command {
  return new Command('import')
    .description(
      'Import a CSV file (leads, accounts, events, opportunities, spend, products, teams) through a mapping preset or file; rejected rows go to a reject file',
    )
    .addArgument(
      new Command().createArgument('<entity>', 'what the file holds').choices(mappingEntities),
    )
    .argument('<file>', 'CSV file')
    .option('--map <preset|mapping.json>', 'mapping preset name or mapping file')
    .option('--dry-run', 'map and clean every row, write nothing')
    .addOption(new Option('--batch-size <n>', 'rows per batch').default(500).argParser(batchSize))
    .option('--rejects <file>', 'where rejected rows go (default: <file>.rejects.csv)')
    .option('--no-progress', 'no progress bar')
    .action(async (entity: string, file: string, options: ImportOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>()
      const intake = rowIntakes[entity as MappingEntity]
      if (options.map === undefined) {
        throw new AppError(
          'request.invalid',
          `Name a mapping with --map: a preset (${presetMappingNames.join(', ')}) or a mapping JSON file.`,
          { details: { field: 'map' } },
        )
      }
      const mapping = await loadMapping(options.map)
      if (mapping.entity !== entity) {
        throw new AppError(
          'request.invalid',
          `Mapping ${mapping.name} is for ${mapping.entity}, not ${entity}.`,
          { details: { field: 'map' } },
        )
      }
      const csv = await readCsv(file, {
        ...(mapping.delimiter ? { delimiter: mapping.delimiter } : {}),
        ...(mapping.skipRows ? { skipRows: mapping.skipRows } : {}),
      })
      let backend: Promise<CliBackend> | undefined
      const startedAt = new Date()
      try {
        const result = await importRows({
          intake,
          file,
          csv,
          mapping,
          dryRun: options.dryRun === true,
          batchSize: options.batchSize,
          rejectPath: options.rejects ?? `${file}.rejects.csv`,
          progress: options.progress && process.stderr.isTTY,
          backend: () => (backend ??= deps.openBackend(global)),
        })
        if (options.dryRun !== true) {
          const { rejectedByReason, notedByReason, ...counts } = result.summary
          await (
            await (backend ??= deps.openBackend(global))
          ).recordImportRun({
            entity,
            sourceName: basename(file),
            mapping: mapping.name,
            dryRun: false,
            counts: { ...counts, ...prefixed('noted_', notedByReason) },
            rejectedByReason,
            startedAt,
            finishedAt: new Date(),
          })
        }
        present(deps.out, global.json === true, result, (r) => summaryText(file, r, options.dryRun))
      } finally {
        await csv.close()
        if (backend) await (await backend).close()
      }
    })
}
