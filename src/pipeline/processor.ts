/**
 * The copydesk processor: picks the parser by file type, and compiles to
 * nothing, so linting can never write a draft anywhere.
 * Every entry point (CLI, language server, API) starts from this.
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {readDraftText} from '../parse/input.js'
import {parseHtml} from '../parse/html.js'
import {parseMarkdown} from '../parse/markdown.js'
import {parsePlainText} from '../parse/plain-text.js'
import {fixSentenceEnds} from '../parse/sentences.js'
import '../types.js'

export type DraftFormat = 'text' | 'markdown' | 'html'

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn'])
const htmlExtensions = new Set(['.html', '.htm'])

export function formatOf(file: VFile): DraftFormat {
  const format = file.data.copydeskFormat
  if (format === 'markdown' || format === 'text' || format === 'html') return format
  const extension = (file.extname ?? '').toLowerCase()
  if (htmlExtensions.has(extension)) return 'html'
  return markdownExtensions.has(extension) ? 'markdown' : 'text'
}

/** Parse drafts as English prose: plain text, or Markdown or HTML by extension. */
export function copydeskParse(this: Processor) {
  this.parser = function (_document: string, file: VFile): Root {
    const value = readDraftText(file)
    const format = formatOf(file)
    const tree =
      format === 'html' ? parseHtml(value, file) : format === 'markdown' ? parseMarkdown(value, file) : parsePlainText(value, file)
    fixSentenceEnds(tree)
    return tree
  }
}

/** A compiler that yields no text: the engine then has nothing to write. */
export function copydeskCompile(this: Processor) {
  this.compiler = function () {
    return undefined as unknown as string
  }
}

export function createBaseProcessor() {
  return unified().use(copydeskParse).use(copydeskCompile)
}
