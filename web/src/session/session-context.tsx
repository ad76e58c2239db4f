import { createContext, useContext } from 'react'
import type { ApiClient } from '../api/api-client.ts'
import type { Me } from '../api/api-types.ts'

export type Session = { readonly client: ApiClient; readonly me: Me; signOut(): void }

export const SessionContext = createContext<Session | undefined>(undefined)

/** The signed-in session; only pages inside the signed-in shell call it. */
export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside a signed-in page')
  return session
}
