/**
 * The copydesk processor with every format's parser loaded, for code that
 * parses synchronously (the library API, `--print-config`, tests, the
 * playground). Every entry point starts from the parse step in formats.ts.
 */
import {unified} from 'unified'
import {parseHtml} from '../parse/html.js'
import {parseMarkdown} from '../parse/markdown.js'
import {copydeskCompile, copydeskParse, registerFormat} from './formats.js'

export {copydeskCompile, copydeskParse, formatOf, type DraftFormat} from './formats.js'

registerFormat('markdown', parseMarkdown)
registerFormat('html', parseHtml)

export function createBaseProcessor() {
  return unified().use(copydeskParse).use(copydeskCompile)
}
