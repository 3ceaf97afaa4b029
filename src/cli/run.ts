/**
 * A lint run of the `copydesk` command, once cli.ts has parsed the arguments:
 * unified-engine does the rest (config files, globs, ignore files, stdin,
 * reporters).
 *
 * Built on unified-engine directly rather than unified-args, because
 * unified-args cannot pass `defaultConfig` or `configTransform`, which the
 * embedded preset and copydesk's config format need.
 */
import process from 'node:process'
import type {Context, Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {configFiles} from '../config/discovery.js'
import {defaultMaxMessages} from '../pipeline/message-limit.js'
import {draftEngineOptions} from '../pipeline/engine.js'
import {loadReporter} from '../reporters/load.js'
import {isReporterName, reporterNames} from '../reporters/names.js'
import {checkedStdin} from './stdin.js'
import {forbidConfigCode} from '../config/no-config-code.js'
import {exitCodeOf, explainFailures} from './failures.js'
import {prepareScale} from './scale/scale.js'
import {timingRequested, timingTable} from './scale/timing.js'
import {configForRecords, lintRecords} from './scale/records.js'
import {loadNamedPlugin} from '../pipeline/load-plugin.js'
import {reportStream} from './output.js'
import {parseMaxWarnings, tooManyWarnings} from './max-warnings.js'
import {didYouMean} from '../config/suggest.js'
import type {CommandLine} from './args.js'
import {fail} from './fail.js'
import {extensions, help} from './help.js'

function parseSettings(values: string[] | undefined): Record<string, unknown> {
  const settings: Record<string, unknown> = {}
  for (const value of values ?? []) {
    try {
      const parsed: unknown = JSON.parse(value.trim().startsWith('{') ? value : `{${value}}`)
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object')
      Object.assign(settings, parsed)
    } catch {
      fail(`--setting expects JSON such as '{"key": "value"}', not ${JSON.stringify(value)}`)
    }
  }
  return settings
}

function useColor(flags: {color?: boolean; 'no-color'?: boolean}): boolean {
  if (flags['no-color']) return false
  if (flags.color) return true
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true
  return Boolean(process.stderr.isTTY)
}

/** Lint, fix, print a configuration or read records, as the flags say (`--help` and `--version` never get here). */
export function run({values: flags, positionals}: CommandLine): void {
  const reportName = flags.report ?? 'pretty'
  if (!isReporterName(reportName))
    fail(`unknown report format \`${reportName}\`${didYouMean(reportName, reporterNames)} (use one of: ${reporterNames.join(', ')})`)
  const maxWarnings = parseMaxWarnings(flags['max-warnings'], fail)

  if (positionals.length === 0 && process.stdin.isTTY && flags['print-config'] === undefined) {
    process.stderr.write(help)
    process.exit(2)
  }

  if (flags.fix && flags['fix-dry-run']) fail('use either --fix or --fix-dry-run, not both')
  if (flags.fix && positionals.length === 0)
    fail('--fix writes drafts back to their files: give paths (--fix-dry-run shows the fixes of stdin)')

  if (flags['no-config-code']) {
    if ((flags.use ?? []).length > 0) fail('--use loads plugins, which --no-config-code forbids')
    forbidConfigCode()
  }

  const records = flags['stdin-format'] !== undefined
  if (records) {
    if (flags['stdin-format'] !== 'jsonl') fail(`--stdin-format expects jsonl, not ${JSON.stringify(flags['stdin-format'])}`)
    if (positionals.length > 0) fail('--stdin-format jsonl reads records from stdin: give no paths')
    if (flags.fix || flags['fix-dry-run']) fail('--stdin-format jsonl reports fixes in its records: it does not take --fix')
    if (flags['stdin-filename'] !== undefined) fail('--stdin-format jsonl records have no file name: each gives its "format"')
  }

  const fixing = Boolean(flags.fix || flags['fix-dry-run'])
  const maxMessages = parseMaxMessages(flags['max-messages'])
  const timing = timingRequested(flags.timing)
  const cwd = process.cwd()
  // `--use` plugins resolve from the working folder and run after the configured ones, in the same pipeline.
  const extraPlugins = (flags.use ?? []).map((name) => ({plugin: name, options: undefined, from: cwd}))
  const scale = {
    jobs: flags.jobs,
    shard: flags.shard,
    workerMemoryMb: flags['worker-memory-mb'],
    timing,
    usesPlugins: extraPlugins.length > 0
  }
  const base: Omit<EngineOptions, 'processor'> = {
    ...configFiles,
    cwd,
    files: positionals,
    extensions: flags.ext
      ? flags.ext
          .split(',')
          .map((ext) => ext.trim())
          .filter(Boolean)
      : extensions,
    filePath: flags['stdin-filename'],
    // Records are read line by line (records.ts), each line checked there.
    streamIn: positionals.length === 0 && !records ? checkedStdin() : process.stdin,
    streamOut: process.stdout,
    // The report: pretty to stderr, machine formats to stdout, or --output-file.
    streamError: reportStream(reportName, flags['output-file']) as never,
    // Linting never writes: not to stdout, not to the drafts.
    out: false,
    output: false,
    tree: false,
    detectConfig: !flags['no-config'],
    rcPath: flags['rc-path'],
    detectIgnore: !flags['no-ignore'],
    ignorePath: flags['ignore-path'],
    ignorePatterns: flags['ignore-pattern'],
    silentlyIgnore: false,
    settings: parseSettings(flags.setting),
    color: useColor(flags),
    quiet: flags.quiet,
    silent: flags.silent,
    frail: flags.frail
  }

  if (flags['print-config'] !== undefined) {
    const file = flags['print-config']
    // It parses with every format's parser loaded (processor.ts): only this run needs that.
    import('./print-config.js')
      .then(({printConfig}) => printConfig(base as EngineOptions, file))
      .then(
        (text) => process.stdout.write(text),
        (error: Error) => {
          process.stderr.write(`copydesk: ${oneLine(error)}\n`)
          process.exitCode = 2
        }
      )
    return
  }

  if (records) {
    const step = {options: {maxMessages, timing}, extraPlugins}
    configForRecords(base as EngineOptions, step, cwd)
      .then((config) =>
        lintRecords(process.stdin, process.stdout, config, {maxMessages, timing, release: true, loadPlugin: loadNamedPlugin, cwd})
      )
      .then(
        () => {
          if (timing) process.stderr.write(timingTable())
        },
        (error: Error) => fail(oneLine(error))
      )
    return
  }

  Promise.all([prepareScale(base as EngineOptions, scale, fail), loadReporter(reportName)]).then(
    ([run, reporter]) => {
      if (run.emptyShard) return process.stderr.write(`copydesk: ${run.emptyShard}\n`)
      // Fixing needs each file's text after the run, so nothing is released then.
      const step = {options: {maxMessages, timing, release: !fixing}, lint: run.lint, extraPlugins}
      const options: EngineOptions = {
        ...base,
        // Failures become one plain line (a config error, a crashed rule) before any report format sees them.
        reporter: ((files: VFile[], reporterOptions: Record<string, unknown>) => {
          explainFailures(files)
          return reporter(files, reporterOptions)
        }) as never,
        ...draftEngineOptions(step, cwd)
      }
      run.engine(options, function (error, code, context) {
        const done = (exitCode: number) => {
          process.exitCode = exitCode
          void run.finish((text) => process.stderr.write(text))
        }
        if (error) {
          process.stderr.write(`copydesk: ${oneLine(error)}\n`)
          return done(1)
        }
        if (positionals.length > 0 && (context?.files.length ?? 0) === 0) {
          process.stderr.write(`copydesk: no drafts found in ${positionals.join(', ')} (copydesk reads .${extensions.join(', .')})\n`)
          return done(1)
        }
        const files = (context as Context | undefined)?.files ?? []
        if (!fixing) {
          const tooMany = tooManyWarnings(files, maxWarnings)
          if (tooMany) process.stderr.write(`copydesk: ${tooMany}\n`)
          return done(exitCodeOf(files, tooMany ? Math.max(1, code ?? 0) : (code ?? 0)))
        }
        // The fixer (diffs, atomic writes) loads only for --fix and --fix-dry-run.
        import('./fix.js')
          .then(({runFixes}) =>
            runFixes(files, {
              dryRun: Boolean(flags['fix-dry-run']),
              fromStdin: positionals.length === 0,
              frail: Boolean(flags.frail),
              maxMessages,
              timing,
              stdout: process.stdout,
              stderr: process.stderr
            })
          )
          .then(
            (fixCode) => done(exitCodeOf(files, fixCode)),
            (fixError: Error) => {
              process.stderr.write(`copydesk: ${oneLine(fixError)}\n`)
              done(2)
            }
          )
      })
    },
    (error: Error) => fail(oneLine(error))
  )
}

/** Report formats build one row per message: past this, a single file's report would not fit in memory or on a screen. */
const highestMaxMessages = 50000

function parseMaxMessages(value: string | undefined): number {
  if (value === undefined) return defaultMaxMessages
  const number = /^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN
  if (!(number >= 1 && number <= highestMaxMessages)) {
    fail(`--max-messages expects a whole number from 1 to ${highestMaxMessages}, not ${JSON.stringify(value)}`)
  }
  return number
}

function oneLine(error: Error): string {
  const message = error.message === 'No input' ? 'no drafts found to lint (check the paths and --ext)' : error.message
  return message.split('\n')[0]
}
