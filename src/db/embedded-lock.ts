import { createHash } from 'node:crypto'
import { realpathSync } from 'node:fs'
import { unlink } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { AppError } from '../core/shared/index.ts'

// Two processes writing one PGlite directory silently lose writes, so a process holds an exclusive
// lock on the directory while it has it open. On Linux the lock is a listening socket in the abstract
// namespace: the kernel frees it the moment the holder exits, even on SIGKILL, so a lock is never stale.
// Elsewhere it is a socket file beside the directory, removed when nobody answers on it.
// A process that finds the lock taken connects to it and learns who holds it (and the server's URL).

export type LockOwner = {
  readonly pid: number
  readonly command: string
  readonly startedAt: string
  readonly url?: string
}

export type EmbeddedLock = {
  /** Updates what a process that finds the lock taken is told (e.g. the server's URL once it listens). */
  describe(owner: Partial<LockOwner>): void
  release(): Promise<void>
}

function lockAddress(dataDir: string): string {
  const resolved = path.resolve(dataDir)
  let canonical = resolved
  try {
    canonical = realpathSync(resolved)
  } catch {
    // The directory does not exist yet: its resolved path names it.
  }
  if (process.platform !== 'linux') return `${resolved}.sock`
  return `\0baton-db-${createHash('sha256').update(canonical).digest('hex').slice(0, 40)}`
}

function listen(server: net.Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(address, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

/** Asks the holder of a directory's lock who it is; undefined when nobody holds it. */
export function findLockOwner(dataDir: string): Promise<LockOwner | undefined> {
  return new Promise((resolve) => {
    let text = ''
    const socket = net.connect(lockAddress(dataDir))
    socket.setTimeout(2000, () => socket.destroy())
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    socket.on('error', () => resolve(undefined))
    socket.on('close', () => {
      try {
        resolve(JSON.parse(text) as LockOwner)
      } catch {
        resolve(undefined)
      }
    })
  })
}

function lockedError(dataDir: string, owner: LockOwner | undefined): AppError {
  const who = owner ? `process ${owner.pid} (baton ${owner.command})` : 'another process'
  const where = owner?.url ? ` serving ${owner.url}` : ''
  return new AppError(
    'store.locked',
    `The embedded database ${dataDir} is in use by ${who}${where}. Stop it or wait for it to finish, ` +
      'point this command at another directory with --db, or use a PostgreSQL server via DATABASE_URL.',
    { details: { dataDir, owner } },
  )
}

/** Takes the exclusive lock on an embedded database directory, or throws `store.locked` naming the holder. */
export async function acquireEmbeddedLock(dataDir: string, command: string): Promise<EmbeddedLock> {
  let owner: LockOwner = { pid: process.pid, command, startedAt: new Date().toISOString() }
  const server = net.createServer((socket) => socket.end(JSON.stringify(owner)))
  const address = lockAddress(dataDir)
  try {
    await listen(server, address)
  } catch (error) {
    const holder = await findLockOwner(dataDir)
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    const staleFile = !address.startsWith('\0') && holder === undefined
    if (!staleFile) throw lockedError(dataDir, holder)
    await unlink(address)
    await listen(server, address)
  }
  server.unref()
  return {
    describe(update) {
      owner = { ...owner, ...update }
    },
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
