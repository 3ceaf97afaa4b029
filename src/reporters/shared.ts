/** What the CI and editor reporters need from each message, worked out once. */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type Level = 'error' | 'warning' | 'info'

/** A rule's severity as the message carries it: `fatal` true, false, or unset (info). */
export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The file's path as the user named it: relative to where copydesk ran, with `/` separators; `stdin` without a path. */
export function displayPath(file: VFile): string {
  if (!file.path) return 'stdin'
  const relative = path.relative(file.cwd, path.resolve(file.cwd, file.path)) || file.path
  return relative.split(path.sep).join('/')
}

export interface Span {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/** Where a message points; a point becomes an empty span, no place the start of the file. */
export function spanOf(message: VFileMessage): Span {
  const place = message.place
  if (place && 'start' in place) {
    return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  const line = place?.line ?? message.line ?? 1
  const column = place?.column ?? message.column ?? 1
  return {startLine: line, startColumn: column, endLine: line, endColumn: column}
}

/** The messages a run reports: with `silent`, only errors. */
export function reported(file: VFile, options: Record<string, unknown>): VFileMessage[] {
  return options.silent ? file.messages.filter((message) => message.fatal === true) : file.messages
}

/** A reason on one line (reporters below are read line by line). */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}
