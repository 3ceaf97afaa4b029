#!/usr/bin/env node
/**
 * The `copydesk` command: arguments in, unified-engine does the rest
 * (config files, globs, ignore files, stdin, reporters).
 *
 * Built on unified-engine directly rather than unified-args, because
 * unified-args cannot pass `defaultConfig` or `configTransform`, which the
 * embedded preset and copydesk's config format need.
 */
import process from 'node:process'
import {parseArgs} from 'node:util'
import type {Context, Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {configFiles} from '../config/discovery.js'
import {packageName, version} from '../meta.js'
import {defaultMaxMessages} from '../pipeline/draft.js'
import {draftEngineOptions} from '../pipeline/engine.js'
import {reporterNames, reporters} from '../reporters/index.js'
import {ruleIds} from '../../rules/index.js'
import {runFixes} from './fix.js'
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
import {printConfig} from './print-config.js'

const extensions = ['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'mkdn', 'html', 'htm']

const help = `Usage: copydesk [options] [path | glob ...]

  A copy-quality linter for news and editorial drafts (plain text, Markdown and HTML).
  With no path, reads a draft from stdin.

Options:
  -r, --report <name>         report format: ${reporterNames.join(', ')} (default: pretty)
                              pretty goes to stderr; the others (for machines) to stdout
  -o, --output-file <path>    write the report to this file instead
      --max-warnings <n>      exit with 1 when there are more than n warnings
      --print-config <file>   print the configuration that applies to this file, as JSON, and exit
  -f, --frail                 exit with 1 on warnings too, not only errors (for hooks and CI)
  -q, --quiet                 report only files with messages
  -S, --silent                report only errors
      --color / --no-color    force or turn off colour (default: on a terminal; NO_COLOR turns it off)
  -u, --use <plugin>          use another retext plugin (repeatable)
  -s, --setting <json>        processor settings, as JSON5-free JSON
  -e, --ext <extensions>      comma-separated extensions to lint in folders (default: ${extensions.join(',')})
      --rc-path <path>        use this configuration file, not the ones found near the drafts
      --no-config             ignore configuration files (use the built-in preset)
      --no-config-code        run no code from configuration (.retextrc.js, plugins): JSON and YAML only
      --ignore-path <path>    use this ignore file, not the .retextignore files found
      --ignore-pattern <glob> ignore these files too (repeatable)
      --no-ignore             do not read ignore files
      --stdin-filename <name> name of the draft read from stdin (its extension picks the format)
      --stdin-format jsonl    read one JSON record a line from stdin ({"id", "text", "format"}) and write
                              one result record a line to stdout (for data engines: GNU parallel, Spark)
      --fix                   apply every unambiguous suggested fix to the drafts, and say what changed
      --fix-dry-run           print the fixes as a unified diff on stdout; change nothing
  -j, --jobs <n>              lint files in n worker threads (default: the number of cores, fewer for
                              under 320 KB a thread; none for one file)
      --worker-memory-mb <n>  heap of each --jobs worker, in MB (default: 256); a draft that needs more fails alone
      --shard <i/n>           lint only the i-th of n slices of the sorted file list (for CI matrices, batch jobs)
      --timing                print the time each rule took (also: COPYDESK_TIMING=1)
      --max-messages <n>      stop checking a file after n messages, with one line saying so (default: ${defaultMaxMessages}, at most 50000)
  -h, --help                  this help
  -v, --version               the version

Configuration: .retextrc.json (or .retextrc, .retextrc.yml, .retextrc.js, retextConfig in package.json)
  {"preset": "recommended", "rules": {"redundancy": "error", "readability": "off"}}
Rules: ${ruleIds.join(', ')}

Exit codes: 0 when nothing is an error (or a warning, with --frail); 1 when something is;
  2 when the run itself failed: bad arguments, a bad configuration, or a rule that crashed.
`

function fail(message: string): never {
  process.stderr.write(`copydesk: ${message}\n`)
  process.exit(2)
}

const optionNames = [
  'report',
  'output-file',
  'max-warnings',
  'print-config',
  'frail',
  'quiet',
  'silent',
  'color',
  'no-color',
  'use',
  'setting',
  'ext',
  'rc-path',
  'no-config',
  'ignore-path',
  'ignore-pattern',
  'no-ignore',
  'stdin-filename',
  'stdin-format',
  'fix',
  'fix-dry-run',
  'jobs',
  'worker-memory-mb',
  'shard',
  'timing',
  'help',
  'version'
].map((name) => '--' + name)

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        report: {type: 'string', short: 'r'},
        'output-file': {type: 'string', short: 'o'},
        'max-warnings': {type: 'string'},
        'print-config': {type: 'string'},
        frail: {type: 'boolean', short: 'f'},
        quiet: {type: 'boolean', short: 'q'},
        silent: {type: 'boolean', short: 'S'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        use: {type: 'string', short: 'u', multiple: true},
        setting: {type: 'string', short: 's', multiple: true},
        ext: {type: 'string', short: 'e'},
        'rc-path': {type: 'string'},
        'no-config': {type: 'boolean'},
        'no-config-code': {type: 'boolean'},
        'ignore-path': {type: 'string'},
        'ignore-pattern': {type: 'string', multiple: true},
        'no-ignore': {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        'stdin-format': {type: 'string'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        jobs: {type: 'string', short: 'j'},
        'worker-memory-mb': {type: 'string'},
        shard: {type: 'string'},
        timing: {type: 'boolean'},
        'max-messages': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]
    // "Unknown option '--fiz'. To specify a positional…": keep the first sentence, suggest the flag meant.
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)
    if (unknown) fail(`unknown option \`${unknown[1]}\`${didYouMean(unknown[1], optionNames)} (see \`copydesk --help\`)`)
    fail(`${message} (see \`copydesk --help\`)`)
  }
}

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

function main(): void {
  const {values: flags, positionals} = parseCommandLine()
  if (flags.help) {
    process.stdout.write(help)
    return
  }
  if (flags.version) {
    process.stdout.write(`${packageName} ${version}\n`)
    return
  }

  const reportName = flags.report ?? 'pretty'
  const reporter = reporters[reportName]
  if (!reporter)
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
    // Failures become one plain line (a config error, a crashed rule) before any report format sees them.
    reporter: ((files: VFile[], options: Record<string, unknown>) => {
      explainFailures(files)
      return reporter(files, options)
    }) as never,
    color: useColor(flags),
    quiet: flags.quiet,
    silent: flags.silent,
    frail: flags.frail
  }

  if (flags['print-config'] !== undefined) {
    printConfig(base as EngineOptions, flags['print-config']).then(
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

  prepareScale(base as EngineOptions, scale, fail).then(
    (run) => {
      if (run.emptyShard) return process.stderr.write(`copydesk: ${run.emptyShard}\n`)
      // Fixing needs each file's text after the run, so nothing is released then.
      const step = {options: {maxMessages, timing, release: !fixing}, lint: run.lint, extraPlugins}
      const options: EngineOptions = {...base, ...draftEngineOptions(step, cwd)}
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
        runFixes(files, {
          dryRun: Boolean(flags['fix-dry-run']),
          fromStdin: positionals.length === 0,
          frail: Boolean(flags.frail),
          maxMessages,
          timing,
          stdout: process.stdout,
          stderr: process.stderr
        }).then(
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

main()
