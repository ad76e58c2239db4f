import { z } from 'zod'
import { canonicalStages } from '../../core/funnel/index.ts'
import { explain, fixSeparator, list, object, oneOf, text } from '../document/explained-fields.ts'

const share = (what: string) =>
  z
    .number({
      error: explain((got) => `expected ${what} between 0 and 1, got ${got}`, 'write e.g. 0.2'),
    })
    .gt(0, { error: `must be above 0${fixSeparator}write e.g. 0.2` })
    .lt(1, { error: `must be below 1${fixSeparator}write e.g. 0.8` })

/** An experiment file: who is assigned (entrants of a stage), the arms, and the power analysis inputs. */
export const ExperimentDocumentSchema = object({
  name: text(),
  kind: oneOf(['holdout', 'ab'], 'kind'),
  stage: oneOf(canonicalStages, 'stage').default('mql'),
  meetingStage: oneOf(canonicalStages, 'stage').default('sql'),
  arms: list(
    object({
      name: text(),
      share: share('a share'),
      repGroup: text().optional(),
      routingRule: text().optional(),
    }),
    2,
  ),
  seed: text().optional(),
  minimumDetectableLift: z
    .number({
      error: explain((got) => `expected a relative lift, got ${got}`, 'write 0.2 for +20%'),
    })
    .positive({ error: `must be above 0${fixSeparator}write 0.2 for +20%` })
    .default(0.2),
  alpha: share('alpha').default(0.05),
  power: share('power').default(0.8),
})

export type ExperimentDocument = z.infer<typeof ExperimentDocumentSchema>
