/** Failures (a file that cannot be read, a crashed rule) said in one plain line, before any report format sees them. */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type Reporter = (files: VFile[], options: Record<string, unknown>) => string

/** A format that sees every failure flattened to one plain line first. */
export function flatteningFailures(format: Reporter): Reporter {
  return (files, options) => {
    for (const file of files) for (const message of file.messages) flattenFailure(message)
    return format(files, options)
  }
}

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

/**
 * The engine wraps a failure in causes with stack traces ("Cannot process
 * file" → "Cannot parse file" → the JSON error). A user needs one line: the
 * innermost two reasons, no stack.
 */
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
