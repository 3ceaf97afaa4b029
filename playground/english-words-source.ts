/**
 * The English word list in the browser: the playground's bundler puts this
 * module in place of src/lexicon/english-words-source.ts (no file system
 * here) and builds the same sorted, newline-joined bytes from the npm package.
 */
import words from 'an-array-of-english-words' with {type: 'json'}

export function loadEnglishWords(): Uint8Array {
  return new TextEncoder().encode([...new Set(words as string[])].sort().join('\n'))
}
