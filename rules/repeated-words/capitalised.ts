/**
 * Capitalised doubles that retext-repeated-words leaves alone so as to pass
 * names (`Duran Duran`, `Sirhan Sirhan`): a capitalised ordinary word typed
 * twice (`European European`, `Monday Monday`) is a slip all the same. The
 * word must be in the English word list and not a name doubled on purpose
 * (data/repeated-words-allowed.json: `Walla Walla`, `Sing Sing`). Read from
 * the shared analysis' sentence tokens, not a walk of its own.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {documentOf} from '../../src/analysis/document.js'
import type {Token} from '../../src/analysis/text.js'
import {isEnglishWord} from '../../src/lexicon/english-words.js'
import {allowedRepeats} from '../../src/lexicon/repeated-words.js'

/** `Monday`, not `MONDAY`, `monday` or `McDonald`. */
const capitalised = /^\p{Lu}\p{Ll}+$/u

export function capitalisedDoubles(tree: Root, file: VFile): void {
  const document = documentOf(tree, file)
  for (const sentence of document.sentences) {
    const tokens = sentence.tokens
    for (let index = 2; index < tokens.length; index++) {
      const word = tokens[index]
      const space = tokens[index - 1]
      const previous = tokens[index - 2]
      // Two words with only white space between them, as retext-repeated-words pairs them.
      if (word.kind !== 'word' || space.kind !== 'whitespace' || previous.kind !== 'word') continue
      if (previous.value !== word.value || !capitalised.test(word.value) || !isDictionaryWord(word)) continue
      const message = file.message('Unexpected repeated `' + word.value + '`, remove one occurrence', {
        place: {start: document.point(previous.start), end: document.point(word.end)},
        ruleId: word.lower.replace(/\W+/g, '-'),
        source: 'retext-repeated-words'
      })
      message.actual = previous.value + space.value + word.value
      message.expected = [word.value]
    }
  }
}

function isDictionaryWord(word: Token): boolean {
  return isEnglishWord(word.lower) && !allowedRepeats.has(word.lower)
}
