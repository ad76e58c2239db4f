import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
const batonBin = path.join(root, 'bin', 'baton.js')

export type BenchServer = {
  readonly url: string
  /** SIGTERM, then the exit code once the server has closed its database. */
  stop(): Promise<number | null>
  /**
   * Seconds the server's main thread (HTTP, Baton's JavaScript and the embedded database) has spent
   * on a CPU so far and waiting for one (ready to run, the cores busy), from Linux's /proc;
   * undefined where there is none.
   */
  mainThreadCpu(): Promise<MainThreadCpu | undefined>
}

export type MainThreadCpu = { readonly runSeconds: number; readonly waitSeconds: number }

// /proc/<pid>/schedstat: nanoseconds the process's main thread ran, then waited to run.
async function cpuOf(pid: number | undefined): Promise<MainThreadCpu | undefined> {
  if (pid === undefined) return undefined
  try {
    const [run, wait] = (await readFile(`/proc/${String(pid)}/schedstat`, 'utf8')).split(' ')
    const runSeconds = Number(run) / 1e9
    const waitSeconds = Number(wait) / 1e9
    return Number.isFinite(runSeconds) && Number.isFinite(waitSeconds)
      ? { runSeconds, waitSeconds }
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Starts `baton serve` on a free loopback port, on the embedded database in `dataDir` or on the
 * PostgreSQL `databaseUrl`, with the per-key API rate limit off (BATON_API_RATE_LIMIT_PER_MINUTE=0):
 * the benchmark offers more than the default 100 requests a second of one key on purpose.
 */
export function startServer(
  target: { readonly dataDir: string } | { readonly databaseUrl: string },
): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    BATON_API_RATE_LIMIT_PER_MINUTE: '0',
    DATABASE_URL: 'databaseUrl' in target ? target.databaseUrl : '',
  }
  delete env['BATON_API_KEY']
  const args = ['serve', '--port', '0', ...('dataDir' in target ? ['--db', target.dataDir] : [])]
  const child = spawn(process.execPath, [batonBin, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let listening = false
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "listening" line in 90 s:\n${output}`)),
      90_000,
    )
    const onData = (chunk: Buffer) => {
      // Once it listens, what the server says (warnings and errors, at LOG_LEVEL=warn) goes on to
      // the console for the whole run.
      if (listening) return void process.stderr.write(chunk)
      output += chunk.toString('utf8')
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (url === undefined) return
      listening = true
      clearTimeout(timer)
      resolve({
        url,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM')
          return exited
        },
        mainThreadCpu: () => cpuOf(child.pid),
      })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`baton serve exited with ${String(code)} before listening:\n${output}`))
    })
  })
}
