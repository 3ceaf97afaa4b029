/**
 * Quotations layer: direct quotations in straight or curly double marks (and
 * guillemets), found in one pass over the tokens of the whole document.
 *
 * A quotation may span several sentences; a paragraph that opens a quote and
 * does not close it is continued by a next paragraph that opens with a quote
 * mark (the news convention), and the two are linked through `continues`.
 * Single marks are left alone: they are apostrophes far more often than quotes.
 */
import type {Paragraph, Sentence, Token} from './text.js'

export interface Quotation {
  index: number
  /** Offset of the opening mark, and just past the closing mark (or the paragraph end when unclosed). */
  start: number
  end: number
  /** Offsets of the quoted text inside the marks. */
  innerStart: number
  innerEnd: number
  /** First and last sentence the quotation touches. */
  startSentence: number
  endSentence: number
  paragraph: number
  closed: boolean
  /** Index of the quotation in the previous paragraph that this one continues. */
  continues?: number
  /** Tokens inside the marks. */
  tokens: Token[]
  /** Number of words inside the marks. */
  wordCount: number
  /** True when the quotation stands where a sentence starts (not inside running text). */
  opensSentence: boolean
  /** True when the quoted text reads as a sentence of its own (ends with . ! ? or a comma before a credit). */
  isFullSentence: boolean
}

const opening = new Set(['\u201c', '\u00ab', '\u201e'])
const closing = new Set(['\u201d', '\u00bb'])
const straight = '"'
const terminal = new Set(['.', '!', '?', '\u2026'])
/** Words needed before a quotation counts as a sentence rather than a phrase. */
const minimumSentenceWords = 4

interface Mark {
  token: Token
  role: 'open' | 'close'
}

export function findQuotations(paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): Quotation[] {
  const quotations: Quotation[] = []
  let previousParagraphOpenAtEnd: number | undefined

  for (const paragraph of paragraphs) {
    const marks = quoteMarks(paragraph)
    let open: {mark: Mark; tokens: Token[]; depth: number} | undefined
    let firstInParagraph = true
    let continuedFrom: number | undefined
    let openAtEnd: number | undefined

    for (const sentence of paragraph.sentences) {
      // Indexed, not for…of: no iterator step per token, even before the loop is optimised.
      const tokens = sentence.tokens
      for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
        const token = tokens[tokenIndex]
        const mark = marks.get(token)
        if (mark && mark.role === 'open') {
          if (open && endsSentence(open.tokens, token)) {
            // `"We will rebuild. "It will take years," she said.`: an opening mark after a
            // sentence end inside an open quotation is a new paragraph of the same quotation
            // whose line break was lost. The open one ends unclosed and this one continues it.
            const ended = build(
              open.mark.token,
              undefined,
              open.tokens,
              paragraph,
              sentences,
              false,
              continuedFrom,
              quotations.length,
              token.start
            )
            quotations.push(ended)
            open = {mark, tokens: [], depth: 1}
            continuedFrom = ended.index
            continue
          }
          if (open) {
            open.depth++
            open.tokens.push(token)
          } else {
            open = {mark, tokens: [], depth: 1}
            if (firstInParagraph && previousParagraphOpenAtEnd !== undefined && isFirstToken(paragraph, token)) {
              continuedFrom = previousParagraphOpenAtEnd
            }
          }
          continue
        }
        if (mark && mark.role === 'close' && open) {
          open.depth--
          if (open.depth > 0) {
            open.tokens.push(token)
            continue
          }
          quotations.push(build(open.mark.token, token, open.tokens, paragraph, sentences, true, continuedFrom, quotations.length))
          open = undefined
          continuedFrom = undefined
          firstInParagraph = false
          continue
        }
        if (open) open.tokens.push(token)
        if (token.kind !== 'whitespace') firstInParagraph = false
      }
    }

    if (open) {
      const quotation = build(open.mark.token, undefined, open.tokens, paragraph, sentences, false, continuedFrom, quotations.length)
      quotations.push(quotation)
      openAtEnd = quotation.index
    }
    previousParagraphOpenAtEnd = openAtEnd
  }

  return quotations
}

/** The quoted text so far ends a sentence (`… the hall. `), with only white space after the mark. */
function endsSentence(tokens: readonly Token[], mark: Token): boolean {
  const last = tokens[tokens.length - 1]
  // White space between sentences belongs to neither: a new sentence also counts as a break.
  if (!last || (last.kind !== 'whitespace' && last.sentence === mark.sentence)) return false
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]
    if (token.kind === 'whitespace') continue
    return terminal.has(token.value.charAt(token.value.length - 1))
  }
  return false
}

function isFirstToken(paragraph: Paragraph, token: Token): boolean {
  for (const sentence of paragraph.sentences) {
    for (const other of sentence.tokens) {
      if (other.kind === 'whitespace') continue
      return other === token
    }
  }
  return false
}

/** Decide for every quote mark in a paragraph whether it opens or closes. */
function quoteMarks(paragraph: Paragraph): Map<Token, Mark> {
  const marks = new Map<Token, Mark>()
  const flat: Token[] = []
  for (const sentence of paragraph.sentences) for (const token of sentence.tokens) flat.push(token)
  let openCount = 0

  for (let index = 0; index < flat.length; index++) {
    const token = flat[index]
    if (token.kind !== 'punctuation' && token.kind !== 'symbol') continue
    // A token may hold a run of marks (`."` is split, `""` is not): use its first character.
    const char = token.value.charAt(0)
    let role: Mark['role'] | undefined
    if (opening.has(char)) role = 'open'
    else if (closing.has(char)) role = 'close'
    else if (char === straight) role = straightRole(flat, index, openCount > 0)
    if (!role) continue
    marks.set(token, {token, role})
    openCount += role === 'open' ? 1 : openCount > 0 ? -1 : 0
  }

  return marks
}

/** A straight mark opens after a space or at the start, closes before a space or at the end. */
function straightRole(flat: readonly Token[], index: number, isOpen: boolean): Mark['role'] {
  const before = flat[index - 1]
  const after = flat[index + 1]
  // White space between sentences belongs to no sentence: a mark opening a sentence follows a space.
  const spaceBefore =
    !before || before.sentence !== flat[index].sentence || before.kind === 'whitespace' || /^[([{\u2014\u2013-]$/.test(before.value)
  const spaceAfter = !after || after.kind === 'whitespace' || (after.kind === 'punctuation' && !/^["\u201c]/.test(after.value))
  if (spaceBefore && !spaceAfter) return 'open'
  if (spaceAfter && !spaceBefore) return 'close'
  return isOpen ? 'close' : 'open'
}

function build(
  openToken: Token,
  closeToken: Token | undefined,
  tokens: Token[],
  paragraph: Paragraph,
  sentences: readonly Sentence[],
  closed: boolean,
  continues: number | undefined,
  index: number,
  openEnd = paragraph.end
): Quotation {
  const last = tokens[tokens.length - 1]
  const end = closeToken ? closeToken.end : openEnd
  const words = tokens.filter((token) => token.kind === 'word')
  const endSentence = closeToken ? closeToken.sentence : last ? last.sentence : openToken.sentence
  const opensSentence = startsSentence(sentences[openToken.sentence], openToken)
  const lastMeaningful = [...tokens].reverse().find((token) => token.kind !== 'whitespace')
  const endsLikeSentence = lastMeaningful !== undefined && (terminal.has(lastMeaningful.value.charAt(0)) || lastMeaningful.value === ',')
  return {
    index,
    start: openToken.start,
    end,
    innerStart: openToken.end,
    innerEnd: closeToken ? closeToken.start : end,
    startSentence: openToken.sentence,
    endSentence,
    paragraph: paragraph.index,
    closed,
    continues,
    tokens,
    wordCount: words.length,
    opensSentence,
    isFullSentence:
      words.length > 0 &&
      ((opensSentence && endsLikeSentence) ||
        (words.length >= minimumSentenceWords && (opensSentence || endsLikeSentence || endSentence > openToken.sentence)))
  }
}

/** True when only white space, or a colon-led lead-in, stands before the token in its sentence. */
function startsSentence(sentence: Sentence, token: Token): boolean {
  for (const other of sentence.tokens) {
    if (other === token) return true
    if (other.kind !== 'whitespace') break
  }
  const before = previousNonSpace(sentence, token)
  return before !== undefined && before.value === ':'
}

function previousNonSpace(sentence: Sentence, token: Token): Token | undefined {
  for (let index = token.index - 1; index >= 0; index--) {
    const other = sentence.tokens[index]
    if (other.kind !== 'whitespace') return other
  }
  return undefined
}
