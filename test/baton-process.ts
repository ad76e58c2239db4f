import { execFile, spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
export const batonBin = path.join(root, 'bin', 'baton.js')

// Child processes must not inherit a server database from the test run's environment.
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', ...extra }
  delete env['DATABASE_URL']
  delete env['BATON_API_KEY']
  return env
}

export type RunResult = { code: number; stdout: string; stderr: string }

/** Runs one `baton` command to completion. */
export function runBaton(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [batonBin, ...args],
      { cwd: root, env: childEnv(env), timeout: 280_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

export type RunningBaton = {
  readonly url: string
  readonly child: ChildProcess
  output(): string
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Starts a long-running command (e.g. `npm start` or `baton serve`) and waits until it listens. */
export function startBaton(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<RunningBaton> {
  const child = spawn(command, args, {
    cwd: root,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  // 'close' waits for every process holding the pipes, so a server under `npm start` has exited too.
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "listening" line within 90 s:\n${output}`)),
      90_000,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (url === undefined) return
      clearTimeout(timer)
      resolve({
        url,
        child,
        output: () => output,
        async stop(signal = 'SIGTERM') {
          // The whole process group: `npm start` runs Baton under a shell.
          if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, signal)
          return exited
        },
      })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`exited with ${String(code)} before listening:\n${output}`))
    })
  })
}
