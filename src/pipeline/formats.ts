/**
 * The parse step of every processor: picks the parser by the draft's format,
 * and compiles to nothing, so linting can never write a draft anywhere.
 *
 * Plain text is always here; the Markdown and HTML parsers (micromark,
 * parse5 and their trees, a third of the pipeline's code) load when a draft
 * needs them: `lintDraft` calls `loadFormat` before it parses, so a run over
 * .txt drafts never loads them. Code that parses on its own, synchronously
 * (the library's `createProcessor`, `createBaseProcessor`), imports
 * processor.ts, which loads all three.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {readDraftText} from '../parse/input.js'
import {parsePlainText} from '../parse/plain-text.js'
import {fixSentenceEnds} from '../parse/sentences.js'
import '../types.js'

export type DraftFormat = 'text' | 'markdown' | 'html'

export type FormatParser = (value: string, file: VFile) => Root

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn'])
const htmlExtensions = new Set(['.html', '.htm'])

export function formatOf(file: VFile): DraftFormat {
  const format = file.data.copydeskFormat
  if (format === 'markdown' || format === 'text' || format === 'html') return format
  const extension = (file.extname ?? '').toLowerCase()
  if (htmlExtensions.has(extension)) return 'html'
  return markdownExtensions.has(extension) ? 'markdown' : 'text'
}

const parsers: Partial<Record<DraftFormat, FormatParser>> = {text: parsePlainText}

/** Make a format's parser available to `copydeskParse`. */
export function registerFormat(format: DraftFormat, parser: FormatParser): void {
  parsers[format] = parser
}

/** Load the parser of a format, once: before a draft of that format is parsed. */
export async function loadFormat(format: DraftFormat): Promise<void> {
  if (parsers[format]) return
  if (format === 'markdown') registerFormat(format, (await import('../parse/markdown.js')).parseMarkdown)
  else if (format === 'html') registerFormat(format, (await import('../parse/html.js')).parseHtml)
}

/** Parse drafts as English prose: plain text, or Markdown or HTML by extension. */
export function copydeskParse(this: Processor) {
  this.parser = function (_document: string, file: VFile): Root {
    const value = readDraftText(file)
    const format = formatOf(file)
    const parse = parsers[format]
    if (!parse) throw new Error(`copydesk: the ${format} parser is not loaded (call loadFormat before parsing)`)
    const tree = parse(value, file)
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
