import { createHash } from 'node:crypto'

/**
 * The SHA-256 (hex) of a canonical email address: what Baton keeps of an erased person's address,
 * so intake can refuse to recreate them without holding the address itself.
 */
export function emailHash(emailNormalized: string): string {
  return createHash('sha256').update(emailNormalized).digest('hex')
}
