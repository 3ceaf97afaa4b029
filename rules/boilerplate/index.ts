/**
 * boilerplate: lines of scraped web-page residue (share and comment prompts,
 * credit lines, tag lists, ad markers) that are not copy. Decided line by line.
 * Documentation: rules/boilerplate.md.
 */
import {
  boilerplatePatterns,
  matchesBoilerplate,
  normalizeLine,
  type BoilerplatePattern
} from '../../src/lexicon/boilerplate.js'
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
  navigation: 'page navigation or site chrome'
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
    const ignored = new Set(options.ignore.map(normalizeLine))
    const patterns = [...boilerplatePatterns, ...(options.extra as BoilerplatePattern[])].filter(
      (pattern) => !ignored.has(normalizeLine(pattern.text))
    )
    for (const line of document.lines) {
      const normalized = normalizeLine(line.text)
      const wordCount = line.tokens.filter((token) => token.kind === 'word').length
      const pattern = patterns.find((candidate) => matchesBoilerplate(candidate, normalized, wordCount))
      if (!pattern) continue
      const what = categoryNames[pattern.category] ?? 'web-page residue'
      const advice =
        pattern.category === 'source-line'
          ? 'delete it, and if the source matters, credit it in a sentence of the story'
          : 'delete the line'
      report({
        start: line.start,
        end: line.end,
        reason: `Web-page residue: \`${line.text}\` is ${what}, not copy; ${advice}`,
        expected: ['']
      })
    }
  }
)
