/**
 * Shapes: one article rendered the ways drafts arrive. Every renderer records
 * where each unit (sentence) lands in its output, so a message anywhere in
 * any shape can be traced back to the same sentence.
 */
import type {DraftFormat} from '../src/index.js'
import type {Article, Block, Unit} from './article.js'

export const shapeNames = ['paragraph-lines', 'no-blank-lines', 'sentence-lines', 'wrap-72', 'wrap-60', 'markdown', 'html'] as const
export type ShapeName = (typeof shapeNames)[number]
/** The corpus's own shape: the untouched article every shape is compared with. */
export const referenceShape: ShapeName = 'paragraph-lines'

export interface UnitRange {
  id: string
  start: number
  end: number
}

export interface Rendered {
  shape: ShapeName
  format: DraftFormat
  /** A file name with the extension the format expects. */
  path: string
  text: string
  /** Units in document order. */
  ranges: UnitRange[]
}

/** Appends text and remembers where units went. */
class Writer {
  text = ''
  ranges: UnitRange[] = []

  raw(value: string): void {
    this.text += value
  }

  unit(unit: Unit, value: string): void {
    const start = this.text.length
    this.text += value
    this.ranges.push({id: unit.id, start, end: this.text.length})
  }
}

export function render(article: Article, shape: ShapeName): Rendered {
  const base = article.name.replace(/\.txt$/, '')
  switch (shape) {
    case 'paragraph-lines':
      return plain(article, shape, base, (writer, block) => joined(writer, block, ' '), '\n\n')
    case 'no-blank-lines':
      return plain(article, shape, base, (writer, block) => joined(writer, block, ' '), '\n')
    case 'sentence-lines':
      return plain(article, shape, base, (writer, block) => joined(writer, block, '\n'), '\n\n')
    case 'wrap-72':
      return plain(article, shape, base, (writer, block) => wrapped(writer, block, 72), '\n\n')
    case 'wrap-60':
      return plain(article, shape, base, (writer, block) => wrapped(writer, block, 60), '\n\n')
    case 'markdown':
      return markdown(article, base)
    case 'html':
      return html(article, base)
  }
}

type BlockWriter = (writer: Writer, block: Block) => void

function plain(article: Article, shape: ShapeName, base: string, write: BlockWriter, separator: string): Rendered {
  const writer = new Writer()
  article.blocks.forEach((block, index) => {
    if (index > 0) writer.raw(separator)
    write(writer, block)
  })
  writer.raw('\n')
  return {shape, format: 'text', path: `${base}.txt`, text: writer.text, ranges: writer.ranges}
}

function joined(writer: Writer, block: Block, separator: string): void {
  block.units.forEach((unit, index) => {
    if (index > 0) writer.raw(separator)
    writer.unit(unit, unit.text)
  })
}

/** Greedy hard wrap: a space becomes a line break once the line would pass `width`. */
function wrapped(writer: Writer, block: Block, width: number): void {
  let column = 0
  block.units.forEach((unit, index) => {
    const words = unit.text.split(' ')
    let value = ''
    words.forEach((word, wordIndex) => {
      const needsSpace = wordIndex > 0 || index > 0
      if (needsSpace) {
        if (column + 1 + word.length > width) {
          if (wordIndex > 0) value += '\n'
          else writer.raw('\n')
          column = 0
        } else {
          if (wordIndex > 0) value += ' '
          else writer.raw(' ')
          column++
        }
      }
      value += word
      column += word.length
    })
    writer.unit(unit, value)
  })
}

const byline = 'By Wikinews staff'

/** Markdown: `#` headline, a byline, the dateline in italics, links and emphasis in some paragraphs. */
function markdown(article: Article, base: string): Rendered {
  const writer = new Writer()
  article.blocks.forEach((block, index) => {
    if (index > 0) writer.raw('\n\n')
    if (block.kind === 'headline') {
      writer.raw('# ')
      writer.unit(block.units[0], escapeMarkdown(block.units[0].text, false))
      writer.raw(`\n\n${byline}`)
      return
    }
    if (block.kind === 'dateline') {
      writer.raw('*')
      writer.unit(block.units[0], escapeMarkdown(block.units[0].text, false))
      writer.raw('*')
      return
    }
    block.units.forEach((unit, position) => {
      if (position > 0) writer.raw(' ')
      const escaped = escapeMarkdown(unit.text, position === 0)
      writer.unit(
        unit,
        decorate(escaped, index, position, markdownLink, (word) => `*${word}*`)
      )
    })
  })
  writer.raw('\n')
  return {shape: 'markdown', format: 'markdown', path: `${base}.md`, text: writer.text, ranges: writer.ranges}
}

function markdownLink(name: string): string {
  return `[${name}](https://en.wikinews.org/wiki/${name.replace(/ /g, '_')})`
}

function escapeMarkdown(text: string, blockStart: boolean): string {
  let value = text.replace(/[\\`*_[\]<>&#|~]/g, (character) => '\\' + character)
  // What would open a list, a heading or a quote block at the start of a paragraph.
  if (blockStart) value = value.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+=])(\s)/, '\\$1$2')
  return value
}

/**
 * Emphasis and links, deterministic by position: the first name of two
 * capitalised words outside quotations in every third paragraph's opening
 * sentence becomes a link, and the first long lower-case word of the next
 * paragraph's second sentence is emphasised.
 */
function decorate(
  text: string,
  block: number,
  position: number,
  link: (name: string) => string,
  emphasis: (word: string) => string
): string {
  if (block % 3 === 0 && position === 0) {
    return replaceOutsideQuotes(text, /(?<=[a-z,] )\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/u, link)
  }
  if (block % 3 === 1 && position === 1) {
    return replaceOutsideQuotes(text, /(?<= )[a-z]{7,}(?= )/, emphasis)
  }
  return text
}

function replaceOutsideQuotes(text: string, pattern: RegExp, replace: (match: string) => string): string {
  const match = pattern.exec(text)
  if (!match) return text
  const before = text.slice(0, match.index)
  const marks = (before.match(/["“”]|&quot;|&ldquo;|&rdquo;/g) ?? []).length
  if (marks % 2 === 1) return text
  return before + replace(match[0]) + text.slice(match.index + match[0].length)
}

const named: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u2014': '&mdash;',
  '\u2013': '&ndash;',
  '\u201c': '&ldquo;',
  '\u201d': '&rdquo;',
  '\u2018': '&lsquo;',
  '\u2019': '&rsquo;',
  '\u00e9': '&eacute;',
  '\u00e1': '&aacute;',
  '\u00f3': '&oacute;',
  '\u00ed': '&iacute;',
  '\u00fc': '&uuml;',
  '\u00f6': '&ouml;',
  '\u00e4': '&auml;',
  '\u00f1': '&ntilde;',
  '\u00e7': '&ccedil;',
  '\u00a0': '&nbsp;'
}

/** Entities for markup characters, quotes and dashes by name, other non-ASCII by number. */
function escapeHtml(text: string): string {
  let value = ''
  for (const character of text) {
    const code = character.codePointAt(0)!
    value += named[character] ?? (code > 127 ? `&#${code};` : character)
  }
  return value
}

/** HTML: a full page with a title, `<h1>`, a byline, `<p>` paragraphs, entities, links and emphasis. */
function html(article: Article, base: string): Rendered {
  const writer = new Writer()
  const headline = article.blocks.find((block) => block.kind === 'headline')
  writer.raw(
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(headline?.units[0]?.text ?? '')}</title>\n</head>\n<body>\n<article>\n`
  )
  article.blocks.forEach((block, index) => {
    if (block.kind === 'headline') {
      writer.raw('<h1>')
      writer.unit(block.units[0], escapeHtml(block.units[0].text))
      writer.raw(`</h1>\n<p class="byline">${byline}</p>\n`)
      return
    }
    if (block.kind === 'dateline') {
      writer.raw('<p><time>')
      writer.unit(block.units[0], escapeHtml(block.units[0].text))
      writer.raw('</time></p>\n')
      return
    }
    writer.raw('<p>')
    block.units.forEach((unit, position) => {
      if (position > 0) writer.raw(' ')
      writer.unit(
        unit,
        decorate(
          escapeHtml(unit.text),
          index,
          position,
          (name) => `<a href="https://en.wikinews.org/wiki/${name.replace(/ /g, '_')}">${name}</a>`,
          (word) => `<em>${word}</em>`
        )
      )
    })
    writer.raw('</p>\n')
  })
  writer.raw('</article>\n</body>\n</html>\n')
  return {shape: 'html', format: 'html', path: `${base}.html`, text: writer.text, ranges: writer.ranges}
}
