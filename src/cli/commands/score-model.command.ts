import { readFile } from 'node:fs/promises'
import { Command, InvalidArgumentError } from 'commander'
import { formatFindings } from '../../app/document/format-findings.ts'
import { parseScoreModel } from '../../app/scoring/parse-score-model.ts'
import type { StoredScoreModel } from '../../app/scoring/scoring-ports.ts'
import type { ScoreModel } from '../../core/scoring/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { formatTable, present } from '../output.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'

/** A model version as typed on the command line: a positive whole number, "v" prefix allowed. */
export function modelVersion(value: string): number {
  const version = Number(value.replace(/^v/i, ''))
  if (!Number.isInteger(version) || version < 1)
    throw new InvalidArgumentError('a version is a positive whole number, e.g. 2 or v2')
  return version
}

async function readModelFile(deps: ProgramDeps, path: string): Promise<ScoreModel> {
  const text = await readFile(path, 'utf8').catch((cause: unknown) => {
    throw new AppError('request.invalid', `Cannot read ${path}: ${(cause as Error).message}`, {
      cause,
    })
  })
  const { model, report } = parseScoreModel(text, path)
  if (report.errors.length + report.warnings.length > 0)
    deps.out.stderr(formatFindings(report, path) + '\n')
  if (model === undefined) {
    throw new AppError(
      'score_model.invalid',
      `${path} has ${report.errors.length} error(s); fix them and run again.`,
      { details: { errors: report.errors, warnings: report.warnings } },
    )
  }
  return model
}

const oneLine = (m: StoredScoreModel) =>
  `score model ${m.name} version ${m.version}: ${m.status}${m.status === 'draft' ? ` (publish with: baton score-model publish ${m.version})` : ''}\n`

const listText = (models: readonly StoredScoreModel[]) =>
  models.length === 0
    ? 'no score models; add one with: baton score-model add <file>\n'
    : formatTable(
        ['version', 'name', 'kind', 'status', 'created', 'by', 'published'],
        models.map((m) => [
          m.version,
          m.name,
          m.kind,
          m.status,
          m.createdAt.toISOString(),
          m.createdBy,
          m.publishedAt?.toISOString(),
        ]),
      )

/** `baton score-model validate|add|publish|list|show`: the versioned scoring models. */
export function scoreModelCommand(deps: ProgramDeps): Command {
  const command = new Command('score-model').description(
    'Scoring models as versioned data: validate a file, add it as a draft, publish it, list, show',
  )
  command
    .command('validate')
    .description('Check a model file; exits non-zero naming each error with its line and fix')
    .argument('<file>', 'YAML or JSON model (see presets/score-models/)')
    .action(async (file: string, _options: unknown, cmd: Command) => {
      const model = await readModelFile(deps, file)
      const { json } = cmd.optsWithGlobals<GlobalOptions>()
      present(
        deps.out,
        json === true,
        { file, valid: true, name: model.name },
        (r) => `${r.file}: valid\n`,
      )
    })
  command
    .command('add')
    .description('Store a model file as the next draft version')
    .argument('<file>', 'YAML or JSON model')
    .action(async (file: string, _options: unknown, cmd: Command) => {
      const model = await readModelFile(deps, file)
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.scoring.addScoreModel(model), oneLine)
      })
    })
  command
    .command('publish')
    .description(
      'Make a version live (the live one is retired); publish a retired one to roll back',
    )
    .argument('<version>', 'version number', modelVersion)
    .action(async (version: number, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.scoring.publishScoreModel(version), oneLine)
      })
    })
  command
    .command('list')
    .description('Every version, oldest first')
    .action(async (_options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.scoring.listScoreModels(), listText)
      })
    })
  command
    .command('show')
    .description('One version with its document')
    .argument('<version>', 'version number', modelVersion)
    .action(async (version: number, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        const model = await backend.scoring.getScoreModel(version)
        present(
          deps.out,
          json,
          model,
          (m) => oneLine(m) + JSON.stringify(m.document, null, 2) + '\n',
        )
      })
    })
  return command
}
