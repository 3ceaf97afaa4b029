/** The command line, parsed by node:util (no dependency): a bad flag is one line, with the flag meant. */
import {parseArgs} from 'node:util'
import {didYouMean} from '../config/suggest.js'
import {fail} from './fail.js'

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

export function parseCommandLine() {
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

export type CommandLine = ReturnType<typeof parseCommandLine>
export type Flags = CommandLine['values']
