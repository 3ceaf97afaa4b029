/**
 * Writes dist/english-words.txt, the English word list copydesk ships
 * (src/lexicon/english-words.ts): the words of `an-array-of-english-words`,
 * sorted in code-unit order, one a line, all printable ASCII. Run by `npm run build`.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import words from 'an-array-of-english-words' with {type: 'json'}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sorted = [...new Set(words as string[])].sort()
// The list is searched as bytes (src/lexicon/english-words.ts), which is only sound for ASCII.
const wide = sorted.find((word) => /[^\x20-\x7e]/.test(word))
if (wide !== undefined) throw new Error(`The English word list has a word that is not printable ASCII: ${JSON.stringify(wide)}`)
writeFileSync(path.join(root, 'dist/english-words.txt'), sorted.join('\n'))
