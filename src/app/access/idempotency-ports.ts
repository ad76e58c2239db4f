export type StoredResponse = {
  readonly requestHash: string
  readonly status: number
  readonly body: unknown
}

/** Which write an Idempotency-Key names: the same key on another method or path is another write. */
export type IdempotencyScope = {
  readonly key: string
  readonly method: string
  readonly path: string
}

/** What claiming a key found: it is now ours, another request holds it, or it has an answer. */
export type IdempotencyClaim =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'pending'; readonly requestHash: string }
  | { readonly kind: 'done'; readonly response: StoredResponse }

/** Responses remembered by Idempotency-Key, so a retried request returns the first answer. */
export interface IdempotencyStore {
  /**
   * Claims the key for a request with this hash, atomically: only one of concurrent requests gets
   * `claimed`. A claim older than `staleBefore` whose request never finished is taken over.
   */
  claim(scope: IdempotencyScope, requestHash: string, staleBefore: Date): Promise<IdempotencyClaim>
  /** Stores the answer of a claimed key. */
  complete(scope: IdempotencyScope, response: StoredResponse, at: Date): Promise<void>
  /** Gives a claimed key up (the request failed on our side), so a retry runs again. */
  release(scope: IdempotencyScope): Promise<void>
}
