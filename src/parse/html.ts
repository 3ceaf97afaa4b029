/**
 * HTML to nlcst: hast from parse5 (through hast-util-from-html), then prose
 * only, through hast-util-to-nlcst with the English parser — what
 * rehype-parse + rehype-retext (mutate mode) do, called directly so one
 * parser can serve every format.
 *
 * Left alone: scripts, styles, SVG and MathML (hast-util-to-nlcst skips
 * them), preformatted blocks, keyboard and sample output, templates and form
 * fields (marked here); inline `<code>` becomes source, as in Markdown.
 *
 * Positions point into the original file: hast-util-to-nlcst measures a
 * token by decoded length, so character references, CRLF line ends and tags
 * parse5 dropped inside a text node (a stray `</b>`) would shift everything
 * after them; remap.ts moves the tokens back.
 */
import type {Nodes as HastNodes, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst} from 'hast-util-to-nlcst'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {remapToSource} from './remap.js'
import {EnglishParser} from './english-parser.js'

export {alignPieces} from './align.js'

/** Elements whose text is not prose to edit. */
const untouchedElements = new Set(['pre', 'kbd', 'samp', 'template', 'noscript', 'textarea'])

export function parseHtml(value: string, file: VFile): Root {
  const hast = fromHtml(value)
  // Kept for inline `<!-- copydesk … -->` comments (message control).
  file.data.copydeskSourceTree = {format: 'html', tree: hast}

  markUntouched(hast)
  const tree = toNlcst(hast, file, EnglishParser)
  remapToSource(tree, hast, value, 'html')
  return tree
}

function markUntouched(tree: HastRoot): void {
  const stack: HastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && untouchedElements.has(node.tagName)) {
      node.properties = {...node.properties, dataNlcst: 'ignore'}
      continue
    }
    // One by one: a flat page may have more children than a spread can take.
    if ('children' in node) for (const child of node.children as HastNodes[]) stack.push(child)
  }
}
