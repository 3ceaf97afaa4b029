/**
 * Writes dist/english-words.txt, the English word list copydesk ships
 * (src/lexicon/english-words.ts): the words of `an-array-of-english-words`,
 * sorted in code-unit order, one a line, all printable ASCII, each followed by
 * its syllable count as one character (src/lexicon/english-words-format.ts).
 * Run by `npm run build`.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import words from 'an-array-of-english-words' with {type: 'json'}
import {syllable} from 'syllable'
import {syllableBase, unknownSyllables} from '../src/lexicon/english-words-format.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sorted = [...new Set(words as string[])].sort()
// The list is searched as bytes (src/lexicon/english-words.ts), which is only sound for ASCII.
const wide = sorted.find((word) => /[^\x20-\x7e]/.test(word))
if (wide !== undefined) throw new Error(`The English word list has a word that is not printable ASCII: ${JSON.stringify(wide)}`)
const lines = sorted.map((word) => {
  const count = syllable(word)
  if (syllableBase + count >= unknownSyllables) throw new Error(`${JSON.stringify(word)} has more syllables than a line can say: ${count}`)
  return word + String.fromCharCode(syllableBase + count)
})
writeFileSync(path.join(root, 'dist/english-words.txt'), lines.join('\n'))
