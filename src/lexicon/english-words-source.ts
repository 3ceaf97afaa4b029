/**
 * Where the English word list is read from in Node: dist/english-words.txt
 * (see english-words.ts). The playground's bundler swaps this module for one
 * that builds the same text in the browser (playground/english-words-source.ts).
 */
import {existsSync, readFileSync} from 'node:fs'

/** From the bundle (dist/copydesk.js), the compiled module (dist/src/lexicon/) and the source (src/lexicon/, tests). */
const candidates = ['./english-words.txt', '../../english-words.txt', '../../dist/english-words.txt']

/** The list's bytes (it is ASCII, so a byte is a character), off the JavaScript heap: nothing to decode or collect. */
export function loadEnglishWords(): Uint8Array {
  for (const candidate of candidates) {
    const url = new URL(candidate, import.meta.url)
    if (existsSync(url)) return readFileSync(url)
  }
  throw new Error('The English word list (dist/english-words.txt) is missing: run `npm run build`')
}
