import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useSession } from '../session/session-context.tsx'

/** Reads one API path as JSON through the session's key; cached by path. */
export function useApi<T>(
  path: string,
  options: { readonly enabled?: boolean } = {},
): UseQueryResult<T> {
  const { client } = useSession()
  return useQuery({
    queryKey: [path],
    queryFn: () => client.get<T>(path),
    enabled: options.enabled ?? true,
  })
}

/** Builds a path with a query string, leaving out blank values. */
export function withQuery(
  path: string,
  params: Record<string, string | number | undefined>,
): string {
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]): [string, string][] =>
      v === undefined || v === '' ? [] : [[k, String(v)]],
    ),
  ).toString()
  return query === '' ? path : `${path}?${query}`
}
