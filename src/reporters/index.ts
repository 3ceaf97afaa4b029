/** Report formats selectable with `--report`. */
import {reporter as pretty} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {githubReporter} from './github.js'
import {quickfixReporter} from './quickfix.js'
import {sarifReporter} from './sarif.js'

export type Reporter = (files: VFile[], options: Record<string, unknown>) => string

const formats: Readonly<Record<string, Reporter>> = {
  pretty: pretty as Reporter,
  json: (files, options) =>
    withMessageIds(reporterJson(files, {pretty: false, quiet: Boolean(options.quiet), silent: Boolean(options.silent)}), files, options),
  sarif: sarifReporter,
  github: githubReporter,
  quickfix: quickfixReporter
}

/** Every format, with failures flattened to one plain line first. */
export const reporters: Readonly<Record<string, Reporter>> = Object.fromEntries(
  Object.entries(formats).map(([name, format]) => [
    name,
    (files: VFile[], options: Record<string, unknown>) => {
      for (const file of files) for (const message of file.messages) flattenFailure(message)
      return format(files, options)
    }
  ])
)

export const reporterNames: readonly string[] = Object.keys(reporters)

/**
 * The engine wraps a failure in causes with stack traces ("Cannot process
 * file" → "Cannot parse file" → the JSON error). A user needs one line: the
 * innermost two reasons, no stack.
 */
/** File errors said without Node's codes and absolute paths. */
function plainFileError(code: string | undefined): string | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'This file cannot be read: permission denied'
    case 'ELOOP':
      return 'This is a symlink loop, not a draft'
    case 'EISDIR':
      return 'This is a folder, not a draft'
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files open at once: run copydesk on fewer files, or with fewer --jobs'
    default:
      return undefined
  }
}

export function flattenFailure(message: VFileMessage): void {
  if (!message.cause) return
  const reasons: string[] = []
  let current: unknown = message.cause
  while (current && typeof current === 'object' && 'message' in current) {
    reasons.push(String((current as Error).message).split('\n')[0])
    current = (current as Error).cause
  }
  if (message.reason === 'Cannot process file' && reasons.length > 0) {
    // The outer reason says what failed, the innermost why (a config file's own error, not `Cannot import …`).
    message.reason = (reasons.length > 2 ? [reasons[0], reasons[reasons.length - 1]] : reasons).join(': ')
  }
  const plain = plainFileError((message.cause as NodeJS.ErrnoException).code)
  if (plain) message.reason = plain
  message.message = message.reason
  message.cause = undefined
  message.stack = ''
}

/** vfile-reporter-json writes a fixed set of fields: add each message's stable `messageId` after `ruleId`. */
function withMessageIds(text: string, files: VFile[], options: Record<string, unknown>): string {
  const report = JSON.parse(text) as Array<{messages: Array<Record<string, unknown>>}>
  let at = 0
  for (const file of files) {
    // The reporter's own filter: `silent` keeps errors only; `quiet` and `silent` drop files left empty.
    const kept = file.messages.filter((message) => !options.silent || message.fatal)
    if ((options.quiet || options.silent) && kept.length === 0) continue
    const written = report[at++]
    if (!written) break
    for (let index = 0; index < kept.length; index++) {
      const id = (kept[index] as VFileMessage & {messageId?: string}).messageId
      if (id === undefined) continue
      const {reason, ruleId, ...rest} = written.messages[index]
      written.messages[index] = {reason, ruleId, messageId: id, ...rest}
    }
  }
  return JSON.stringify(report)
}
