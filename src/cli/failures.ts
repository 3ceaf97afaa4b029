/**
 * Failures of the run itself, as opposed to problems in the copy: a
 * configuration that cannot be used, and a rule that crashed. Each is one
 * plain line in every report format, and makes the CLI exit 2.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {crashMessageId} from '../rule-kit/rule-kit.js'

export const configMessageId = 'copydesk/bad-config'

/**
 * The engine wraps a configuration error in its own ("Cannot parse file
 * `.retextrc.json`" and so on); the ConfigError inside already names the
 * rule, the option and the file: it alone is the reason.
 */
export function explainFailures(files: readonly VFile[]): void {
  for (const file of files) {
    for (const message of file.messages) {
      const configError = findConfigError(message.cause)
      if (!configError) continue
      message.reason = configError.message.split('\n')[0]
      message.message = message.reason
      message.cause = undefined
      message.stack = ''
      ;(message as VFileMessage & {messageId?: string}).messageId = configMessageId
    }
  }
}

function findConfigError(cause: unknown): Error | undefined {
  let current = cause
  for (let depth = 0; depth < 10 && current && typeof current === 'object'; depth++) {
    if ((current as Error).name === 'ConfigError') return current as Error
    current = (current as {cause?: unknown}).cause
  }
  return undefined
}

/** 2 when a rule crashed or a configuration was refused; otherwise the code the messages give. */
export function exitCodeOf(files: readonly VFile[], code: number): number {
  for (const file of files) {
    for (const message of file.messages) {
      const id = (message as VFileMessage & {messageId?: string}).messageId
      if (id === crashMessageId || id === configMessageId) return 2
    }
  }
  return code
}
