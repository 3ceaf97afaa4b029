/**
 * boilerplate: lines of scraped web-page residue (share and comment prompts,
 * credit lines, tag lists, ad markers) that are not copy. Decided line by line.
 * Documentation: rules/boilerplate.md.
 */
import {boilerplateMatcher, normalizeLine, residueShape, type BoilerplatePattern} from '../../src/lexicon/boilerplate.js'
import type {DocumentModel} from '../../src/analysis/document.js'
import type {Line} from '../../src/analysis/text.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'

interface Options {
  /** More patterns, in the data file's format. */
  extra?: object[]
  /** Pattern texts to stop matching. */
  ignore?: string[]
}

/** How each kind of residue is named in a message. */
const categoryNames: Record<string, string> = {
  'source-line': 'a scraped source or credit line',
  'comment-prompt': 'a comment-form prompt',
  'share-prompt': 'a share button label',
  newsletter: 'a newsletter or subscription call',
  'tag-line': 'a tag or category list',
  related: 'a "related stories" heading',
  ad: 'an advertisement marker',
  'social-follow': 'a social-media follow prompt',
  navigation: 'page navigation or site chrome',
  copyright: 'a copyright notice',
  syndication: 'a syndication note',
  cookie: 'a cookie notice',
  timestamp: 'a page timestamp'
}

export default defineRule<Options>(
  {
    id: 'boilerplate',
    description: 'Lines of web-page residue (share prompts, credit lines, tags, ads) left in copy.',
    options: {
      extra: {
        type: 'object[]',
        fields: {
          text: {type: 'string', required: true},
          match: {type: 'string', required: true, oneOf: ['whole', 'start']},
          category: {type: 'string', required: true},
          maxWords: {type: 'number'},
          endsWithoutPeriod: {type: 'boolean'},
          origin: {type: 'string'}
        }
      },
      ignore: 'string[]'
    },
    defaults: {extra: [], ignore: []},
    messages: {residue: 'a line of web-page residue, to delete'}
  },
  ({document, options, report}) => {
    const patterns = boilerplateMatcher(options.extra as BoilerplatePattern[], options.ignore)
    const wholeLines = wholeSentenceLines(document)
    for (const line of document.lines) {
      const normalized = normalizeLine(line.text)
      let wordCount = 0
      const tokens = line.tokens
      for (let index = 0; index < tokens.length; index++) if (tokens[index].kind === 'word') wordCount++
      const whole = wholeLines.has(line.start)
      const pattern = patterns.find(normalized, wordCount, whole)
      const category = pattern?.category ?? (whole ? residueShape(normalized) : undefined)
      if (!category) continue
      const what = categoryNames[category] ?? 'web-page residue'
      const advice =
        category === 'source-line' ? 'delete it, and if the source matters, credit it in a sentence of the story' : 'delete the line'
      report({
        start: line.start,
        end: line.end,
        reason: `Web-page residue: \`${line.text}\` is ${what}, not copy; ${advice}`,
        expected: ['']
      })
    }
  }
)

/**
 * Starts of lines that hold whole sentences: the line begins where a sentence
 * begins and ends where one ends. A line that hard wrapping cut out of a
 * sentence (`…the council voted to share`) is prose, whatever its words.
 */
function wholeSentenceLines(document: DocumentModel): Set<number> {
  const starts = new Set<number>()
  const ends = new Set<number>()
  for (const sentence of document.sentences) {
    const tokens = sentence.tokens
    let first = 0
    while (first < tokens.length && tokens[first].kind === 'whitespace') first++
    if (first === tokens.length) continue
    let last = tokens.length - 1
    while (tokens[last].kind === 'whitespace') last--
    starts.add(tokens[first].start)
    ends.add(tokens[last].end)
  }
  const whole = new Set<number>()
  for (const line of document.lines as Line[]) {
    // A line opening in lower case continues a sentence the line above began (hard wrapping).
    if (/^\p{Ll}/u.test(line.text)) continue
    if (starts.has(line.start) && ends.has(line.end)) whole.add(line.start)
  }
  return whole
}
