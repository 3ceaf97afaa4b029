/**
 * `--report quickfix`: one line per message, for editors' quickfix lists
 * (Vim/Neovim `errorformat` `%f:%l:%c: %m`, Emacs compilation mode, Helix):
 *
 *   drafts/harbour.md:12:5: warning redundancy Redundant: …
 *
 * A file that could not be read has no rule: `file:1:1: error <reason>`.
 */
import type {VFile} from 'vfile'
import {displayPath, levelOf, oneLine, reported, spanOf} from './shared.js'

export function quickfixReporter(files: VFile[], options: Record<string, unknown>): string {
  const lines: string[] = []
  for (const file of files) {
    const name = displayPath(file)
    for (const message of reported(file, options)) {
      const span = spanOf(message)
      const rule = message.ruleId ? message.ruleId + ' ' : ''
      lines.push(`${name}:${span.startLine}:${span.startColumn}: ${levelOf(message)} ${rule}${oneLine(message.reason)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
