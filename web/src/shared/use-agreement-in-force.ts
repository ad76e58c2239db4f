import type { AgreementSummary, AgreementVersion, Page } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'

export type InForce =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'error'; readonly error: unknown }
  | { readonly state: 'ready'; readonly version: AgreementVersion }

/** The signed agreement in force, asked for only when a signed version exists (no 404 to show). */
export function useAgreementInForce(): InForce {
  const list = useApi<Page<AgreementSummary>>('/v1/agreements')
  const signed = list.data?.items.some((v) => v.status === 'signed') ?? false
  const inForce = useApi<AgreementVersion>('/v1/agreements/in-force', { enabled: signed })
  if (list.isPending) return { state: 'loading' }
  if (list.isError) return { state: 'error', error: list.error }
  if (!signed) return { state: 'none' }
  if (inForce.isPending) return { state: 'loading' }
  if (inForce.isError) return { state: 'error', error: inForce.error }
  return { state: 'ready', version: inForce.data }
}

/** Stage names as the agreement in force calls them (canonical -> name). */
export function stageLabels(inForce: InForce): ReadonlyMap<string, string> {
  if (inForce.state !== 'ready') return new Map()
  return new Map(inForce.version.document.funnel.stages.map((s) => [s.canonical, s.name]))
}
