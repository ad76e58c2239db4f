import type { PGlite } from '@electric-sql/pglite'
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely'

// PGlite is one connection. Kysely must hold it exclusively for a whole transaction, or a concurrent
// request's queries run inside someone else's BEGIN ... ROLLBACK (the published kysely-pglite driver
// hands the one client to everyone at once). This driver queues callers on a mutex instead.
class ConnectionMutex {
  #tail: Promise<void> = Promise.resolve()
  #release: (() => void) | undefined

  async lock(): Promise<void> {
    const previous = this.#tail
    let release!: () => void
    this.#tail = new Promise<void>((resolve) => (release = resolve))
    await previous
    this.#release = release
  }

  unlock(): void {
    const release = this.#release
    this.#release = undefined
    release?.()
  }
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly client: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.client.query<R>(query.sql, [...query.parameters])
    const affected = result.affectedRows ?? 0
    return { rows: result.rows, numAffectedRows: BigInt(affected) }
  }

  // PGlite cannot stream; Kysely requires the method.
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('The embedded database cannot stream query results; page through them instead.')
  }
}

class PgliteDriver implements Driver {
  readonly #mutex = new ConnectionMutex()
  readonly #connection: PgliteConnection

  constructor(private readonly client: PGlite) {
    this.#connection = new PgliteConnection(client)
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock()
    return this.#connection
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN'))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'))
  }

  releaseConnection(): Promise<void> {
    this.#mutex.unlock()
    return Promise.resolve()
  }

  async destroy(): Promise<void> {
    await this.client.close()
  }
}

/** A Kysely dialect over one PGlite instance that serializes transactions. */
export class PgliteDialect implements Dialect {
  constructor(private readonly client: PGlite) {}

  createAdapter() {
    return new PostgresAdapter()
  }

  createDriver(): Driver {
    return new PgliteDriver(this.client)
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler()
  }

  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db)
  }
}
