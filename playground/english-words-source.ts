/**
 * The English word list in the browser: the playground's bundler puts this
 * module in place of src/lexicon/english-words-source.ts (no file system
 * here) and builds the same sorted, newline-joined bytes from the npm package, with
 * no syllable counts.
 */
import words from 'an-array-of-english-words' with {type: 'json'}
import {unknownSyllables} from '../src/lexicon/english-words-format.js'

export function loadEnglishWords(): Uint8Array {
  // No syllable counts here (counting 275,000 words would hold up the page): readability counts at run time.
  const unknown = String.fromCharCode(unknownSyllables)
  return new TextEncoder().encode(
    [...new Set(words as string[])]
      .sort()
      .map((word) => word + unknown)
      .join('\n')
  )
}
