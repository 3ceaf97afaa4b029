/**
 * Inline switches in Markdown drafts, through unified-message-control:
 *
 *   <!-- copydesk disable unattributed-claim -->  …  <!-- copydesk enable -->
 *   <!-- copydesk ignore name-consistency -->     (the next block only)
 *
 * Runs after every rule, and covers third-party plugins' messages too.
 */
import type {Root as MdastRoot} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import type {Root} from 'nlcst'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import {ruleIds} from './rules.js'
import './types.js'

/** Message sources that comments can switch off. */
const sources = ['copydesk', 'retext-repeated-words', 'retext-readability']

export function messageControlPlugin() {
  return function (_tree: Root, file: VFile) {
    applyInlineComments(file)
    // Reports list messages in document order, whatever order the rules ran in.
    file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  }
}

function applyInlineComments(file: VFile): void {
    const source = file.data.copydeskSourceTree
    if (!source || source.format !== 'markdown') return
    messageControl(source.tree as MdastRoot, {
      file,
      marker: commentMarker as never,
      name: 'copydesk',
      known: [...ruleIds],
      source: sources,
      test: 'html'
    })
}
