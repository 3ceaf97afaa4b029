/**
 * redundancy: pleonasms, phrases that say one thing twice (`won an election
 * victory`, `past history`), with the shorter form as the fix.
 * Documentation: rules/redundancy.md.
 */
import {attributionsOf} from '../../src/analysis/attributions.js'
import {wordRuns} from '../../src/analysis/text.js'
import {fillReplacement} from '../../src/lexicon/phrases.js'
import {meaningfulThere, pleonasmMatcher, type Pleonasm} from '../../src/lexicon/pleonasms.js'
import {defineRule} from '../../src/rule-kit/rule-kit.js'

interface Options {
  /** More pleonasms: `{"phrase": "…", "replacement": "…"}`. */
  extra?: object[]
  /** Phrases from the built-in list to accept. */
  ignore?: string[]
  /** Leave direct quotations and interview answers alone (default: true). */
  skipQuotations?: boolean
}

export default defineRule<Options>(
  {
    id: 'redundancy',
    description: 'Pleonasms: phrases that say the same thing twice.',
    options: {
      extra: {
        type: 'object[]',
        fields: {phrase: {type: 'string', required: true}, replacement: {type: 'string', required: true}, origin: {type: 'string'}}
      },
      ignore: 'string[]',
      skipQuotations: 'boolean'
    },
    defaults: {extra: [], ignore: [], skipQuotations: true},
    messages: {pleonasm: 'a phrase that says one thing twice, with the shorter form as the fix'},
    englishOnly: true
  },
  ({document, options, report}) => {
    const matcher = pleonasmMatcher(options.extra as Pleonasm[], options.ignore)
    // An interviewee's answers are their own words, like a quotation.
    const transcript = options.skipQuotations ? attributionsOf(document).transcript : new Set<number>()
    for (const sentence of document.sentences) {
      if (transcript.has(sentence.paragraph)) continue
      for (const run of wordRuns(sentence)) {
        for (const match of matcher.findAll(run)) {
          const first = match.tokens[0]
          const last = match.tokens[match.tokens.length - 1]
          // A copy editor does not rewrite what someone said.
          if (options.skipQuotations && document.insideQuotation(first.start, last.end)) continue
          const firstIndex = run.indexOf(first)
          if (meaningfulThere(match.phrase.value, run, firstIndex, firstIndex + match.tokens.length - 1)) continue
          let shorter = fillReplacement(match.phrase.value.replacement, match.tokens)
          // `an end result` → `a result`: the article before the phrase must fit the word that now follows it.
          const before = run[firstIndex - 1]
          let start = first.start
          if (before && (before.lower === 'a' || before.lower === 'an') && shorter.length > 0) {
            const article = articleFor(shorter)
            if (article !== before.lower) {
              start = before.start
              shorter = (before.value.charAt(0) === 'A' ? article.charAt(0).toUpperCase() + article.slice(1) : article) + ' ' + shorter
            }
          }
          const actual = document.text.slice(start, last.end)
          report({
            start,
            end: last.end,
            reason: `Redundant: \`${actual}\` says the same thing twice; write \`${shorter}\``,
            actual,
            expected: [shorter]
          })
        }
      }
    }
  }
)

/** Words that sound a vowel or a consonant against their first letter (`an hour`, `a unit`). */
const silentH = /^(?:hour|honest|honou?r|heir)/i
const consonantVowel = /^(?:uni|use|usu|uti|eu|one|once|ur[aeiou])/i

/** `a` or `an` for the word that follows. */
export function articleFor(text: string): 'a' | 'an' {
  const word = text.trimStart()
  if (silentH.test(word)) return 'an'
  if (consonantVowel.test(word)) return 'a'
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}
