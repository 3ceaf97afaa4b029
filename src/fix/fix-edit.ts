/**
 * The edit a message's one suggested replacement makes, worked out while
 * the draft's text is still there and kept on the message (`copydeskFix`,
 * lines and columns): the CLI lets go of the text before it reports, and a
 * report's fix (SARIF) must be the fixer's own edit, as `--fix` and the
 * editor make it — a deleted credit takes its orphaned comma or space with
 * it, a replacement keeps the leading capital — not the bare flagged span.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {fixOf} from './fix.js'

export interface FixEdit {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  /** What replaces the range ('' deletes it). */
  text: string
}

export type WithFixEdit = VFileMessage & {copydeskFix?: FixEdit}

export function recordFixEdits(file: VFile): void {
  const text = file.value
  if (typeof text !== 'string' || text === '') return
  let place: ReturnType<typeof location> | undefined
  for (const message of file.messages as WithFixEdit[]) {
    if (message.expected?.length !== 1) continue
    // As the editor's quick fix: advice offers its replacement too.
    const fix = fixOf({...message, fatal: message.fatal ?? false}, text)
    if (!fix) continue
    place ??= location(text)
    const start = place.toPoint(fix.start)
    const end = place.toPoint(fix.end)
    if (!start || !end) continue
    message.copydeskFix = {
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
      text: fix.replacement
    }
  }
}
