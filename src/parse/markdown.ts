/**
 * Markdown to nlcst: mdast from micromark, then prose only (code, HTML and
 * URLs are left out) with every position pointing into the original file.
 * This is what remark-parse + remark-retext (mutate mode) do, called directly
 * so one parser can serve every format.
 */
import type {Root} from 'nlcst'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import type {VFile} from 'vfile'
import {remapToSource} from './remap.js'

export function parseMarkdown(value: string, file: VFile): Root {
  const mdast = fromMarkdown(value)
  // Kept for inline `<!-- copydesk … -->` comments (message control).
  file.data.copydeskSourceTree = {format: 'markdown', tree: mdast}
  const tree = toNlcst(mdast, file, ParseEnglish)
  // Tokens are placed by decoded length: move them back past references, escapes and line prefixes.
  remapToSource(tree, mdast, value, 'markdown')
  return tree
}
