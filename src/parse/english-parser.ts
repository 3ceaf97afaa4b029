/**
 * parse-english, with two of its steps done without the per-character and
 * per-space costs, for the same trees (test/english-parser.test.ts compares
 * them with the stock parser's):
 *
 * - `tokenize` classes each character with three regular expressions; here a
 *   table answers, filled from the stock tokenizer itself (one call per
 *   distinct character, then kept), so the classes cannot drift from it;
 * - `breakImplicitSentences` splits the text of every white-space node with a
 *   regular expression to count line breaks (an array and strings per space
 *   of every draft); here the breaks are counted in place.
 */
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {nodeText} from './node-text.js'

/** parse-latin's paragraph steps, which parse-english runs after its own first one. */
const latinSteps = (Object.getPrototypeOf(ParseEnglish.prototype) as ParseEnglish).tokenizeParagraphPlugins
/** `breakImplicitSentences` in parse-latin 7's list (the dependency is pinned; the test checks the swap). */
const stockBreak = latinSteps.length === 12 ? latinSteps[9] : undefined

type TokenType = SentenceContent['type']

/** The stock tokenizer, asked once per distinct character what kind of token it makes. */
const stockParser = new ParseEnglish()
/** The four kinds of token parse-latin's tokenizer makes. */
const tokenTypes: readonly TokenType[] = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode']
/** Index in `tokenTypes` plus one, by UTF-16 code unit (0: not asked yet): a flat byte table, never a dictionary. */
const unitTypes = new Uint8Array(0x10000)

function unitType(code: number): TokenType {
  let slot = unitTypes[code]
  if (slot === 0) {
    const type = stockParser.tokenize(String.fromCharCode(code))[0].type
    slot = tokenTypes.indexOf(type) + 1
    if (slot === 0) throw new Error(`parse-latin made an unknown token type: ${type}`)
    unitTypes[code] = slot
  }
  return tokenTypes[slot - 1]
}

export class EnglishParser extends ParseEnglish {
  /** Where the text being tokenized starts in its file (see `tokenizeParagraphAt`); the text's own start otherwise. */
  #origin: Point | undefined

  /**
   * `tokenizeParagraph` of a stretch that starts at `origin` in its file: every
   * point is made in file coordinates, so nothing is moved afterwards. Only for
   * text without carriage returns, where the tokenizer counts lines as
   * vfile-location does (it takes a lone `\r` for a break; vfile-location does not).
   */
  tokenizeParagraphAt(value: string, origin: Point): Paragraph {
    this.#origin = origin
    try {
      return this.tokenizeParagraph(value)
    } finally {
      this.#origin = undefined
    }
  }

  /**
   * parse-latin's `tokenize`, step for step, with each character's class from
   * the table, and one point per token boundary: a token's end is the next
   * one's start (the stock parser copies both). Points are never changed in
   * place by parse-latin's steps (they assign them), so sharing is safe.
   */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const origin = this.#origin
    let line = origin?.line ?? 1
    let column = origin?.column ?? 1
    const base = origin?.offset ?? 0
    let from = 0
    let start: Point = {line, column, offset: base}
    let previousType: TokenType | undefined
    let previous = -1
    for (let index = 0; index < value.length; index++) {
      const current = value.charCodeAt(index)
      const currentType = unitType(current)
      // Words and white space continue, and so does a repeated mark or a surrogate of one.
      const continues =
        previousType === currentType &&
        (previousType === 'WordNode' ||
          previousType === 'WhiteSpaceNode' ||
          current === previous ||
          (current >= 0xd800 && current <= 0xdfff))
      if (from < index && previousType && !continues) {
        const end: Point = {line, column, offset: base + index}
        children.push(createNode(previousType, value.slice(from, index), start, end))
        from = index
        start = end
      }
      if (current === 13 || (current === 10 && previous !== 13)) {
        line++
        column = 1
      } else if (current !== 10) {
        column++
      }
      previousType = currentType
      previous = current
    }
    if (previousType && from < value.length) {
      children.push(createNode(previousType, value.slice(from), start, {line, column, offset: base + value.length}))
    }
    return children
  }
}

/** A token as parse-latin makes one: a word holds one text node; the two have their own positions, with the same points. */
function createNode(type: TokenType, value: string, start: Point, end: Point): SentenceContent {
  if (type === 'WordNode') {
    return {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
  }
  return {type, value, position: {start, end}} as SentenceContent
}

EnglishParser.prototype.tokenizeParagraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins.map((step) =>
  step === stockBreak ? breakImplicitSentences : step
)

/**
 * parse-latin's step, as it does it: a sentence is broken at a white space
 * (not its first or last child) holding two line breaks or more, and the
 * new sentence after it is looked at in turn.
 */
export function breakImplicitSentences(paragraph: Paragraph): undefined {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (node.type !== 'WhiteSpaceNode' || !twoLineBreaks(nodeText(node))) continue
      child.children = children.slice(0, position)
      const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]
      const head = children[position + 1]
      siblings.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      // On to the next sibling: the white space, then the new sentence.
      break
    }
  }
  return undefined
}

/** Two line breaks or more (`\r\n` is one, as parse-latin's `/\r\n|\r|\n/` counts it). */
function twoLineBreaks(value: string): boolean {
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code !== 10 && code !== 13) continue
    if (code === 13 && value.charCodeAt(index + 1) === 10) index++
    if (++breaks === 2) return true
  }
  return false
}
