/**
 * Headline paragraphs: Markdown headings, and title lines (a short first
 * line with no closing punctuation). Headlines quote without credit by
 * convention (`"We will not back down": Maduro defiant`); the story credits.
 */
import type {Nodes as MdastNodes} from 'mdast'
import {Layer, type DocumentModel} from './document.js'
import {copyLines, type Paragraph} from './text.js'

const maxTitleWords = 15

const headlineLayer = new Layer('headlines', findHeadlines)

/** Indexes of the paragraphs that are headlines. */
export function headlineParagraphs(document: DocumentModel): ReadonlySet<number> {
  return document.layer(headlineLayer)
}

function findHeadlines(document: DocumentModel): ReadonlySet<number> {
  const headlines = new Set<number>()
  const ranges = headingRanges(document)
  for (const paragraph of document.paragraphs) {
    if (ranges.some(([start, end]) => paragraph.start >= start && paragraph.start < end)) headlines.add(paragraph.index)
    else if (paragraph.index === 0 && isTitleLine(paragraph, document.text)) headlines.add(paragraph.index)
  }
  return headlines
}

function headingRanges(document: DocumentModel): Array<[number, number]> {
  const source = document.file.data.copydeskSourceTree
  if (!source || source.format !== 'markdown') return []
  const ranges: Array<[number, number]> = []
  const visit = (node: MdastNodes) => {
    if (node.type === 'heading') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push([start, end])
      return
    }
    if ('children' in node) for (const child of node.children as MdastNodes[]) visit(child)
  }
  visit(source.tree as MdastNodes)
  return ranges
}

/** One short line of copy (hard wrapping aside) with no full stop, question or exclamation mark at its end (quote marks aside). */
function isTitleLine(paragraph: Paragraph, text: string): boolean {
  const slice = text.slice(paragraph.start, paragraph.end).trim()
  if (slice.includes('\n') && copyLines(paragraph, text).length > 1) return false
  const words = paragraph.sentences.reduce((count, sentence) => count + sentence.words.length, 0)
  if (words === 0 || words > maxTitleWords) return false
  let last = slice.length - 1
  while (last >= 0 && /["\u201c\u201d\u00bb'\u2019\s]/.test(slice.charAt(last))) last--
  return !/[.!?\u2026]/.test(slice.charAt(last))
}
