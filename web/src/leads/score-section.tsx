import type { Page, ScoreExplanation, ScoreModel } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { ScorePanel } from './score-panel.tsx'

/** The person's score with its explanation, asked for only when a model is live. */
export function ScoreSection({ personId }: { readonly personId: string }) {
  const models = useApi<Omit<Page<ScoreModel>, 'nextCursor'>>('/v1/score-models')
  const live = models.data?.items.some((m) => m.status === 'live') ?? false
  const score = useApi<ScoreExplanation>(`/v1/people/${personId}/score`, { enabled: live })
  if (models.isPending) return <LoadingState label="Reading the score model" />
  if (models.isError) return <ErrorState error={models.error} />
  if (!live)
    return (
      <EmptyState title="No score model is live">
        Scores come from a published model: add one with{' '}
        <code>baton score-model add presets/score-models/hand-raiser.yaml</code>, then{' '}
        <code>baton score-model publish 1</code>.
      </EmptyState>
    )
  if (score.isPending) return <LoadingState label="Explaining the score" />
  if (score.isError) return <ErrorState error={score.error} retry={() => void score.refetch()} />
  return <ScorePanel score={score.data} />
}
