/**
 * Text structure layer: paragraphs, sentences and tokens with file offsets,
 * read once from the nlcst tree (plain text, Markdown or HTML alike).
 */
import type {Nodes, Root} from 'nlcst'
import {normalizeWord} from '../lexicon/words.js'
import {minimumWrapWidth, standsAsSentence} from '../parse/paragraphs.js'
import {nodeText} from '../parse/node-text.js'

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source'

export interface Token {
  kind: TokenKind
  /** Text as the parser saw it. */
  value: string
  /** Lower-cased value, with curly apostrophes made straight, for matching. */
  lower: string
  /** Offsets into the file: `start` inclusive, `end` exclusive. */
  start: number
  end: number
  /** Index of the sentence the token belongs to. */
  sentence: number
  /** Index in the sentence's `tokens`. */
  index: number
}

export interface Sentence {
  index: number
  paragraph: number
  start: number
  end: number
  tokens: Token[]
  /** The word tokens only, in order. */
  words: Token[]
}

export interface Paragraph {
  index: number
  start: number
  end: number
  sentences: Sentence[]
}

export interface TextStructure {
  paragraphs: Paragraph[]
  sentences: Sentence[]
}

export function readStructure(tree: Root): TextStructure {
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  let paragraph: Paragraph | undefined
  let sentence: Sentence | undefined

  walk(tree)
  return {paragraphs, sentences}

  function walk(node: Nodes): void {
    switch (node.type) {
      case 'ParagraphNode': {
        paragraph = {index: paragraphs.length, start: startOf(node), end: endOf(node), sentences: []}
        paragraphs.push(paragraph)
        walkAll(node.children)
        paragraph = undefined
        return
      }
      case 'SentenceNode': {
        if (!paragraph) {
          // A sentence straight under the root (some converters do this): give it a paragraph.
          paragraph = {index: paragraphs.length, start: startOf(node), end: endOf(node), sentences: []}
          paragraphs.push(paragraph)
          openSentence(node)
          paragraph = undefined
        } else {
          openSentence(node)
        }
        return
      }
      case 'RootNode': {
        walkAll(node.children)
        return
      }
      default: {
        if (sentence) addToken(node)
      }
    }
  }

  // Indexed, not for…of: no iterator object per paragraph and sentence.
  function walkAll(children: readonly Nodes[]): void {
    for (let index = 0; index < children.length; index++) walk(children[index])
  }

  function openSentence(node: Extract<Nodes, {type: 'SentenceNode'}>): void {
    sentence = {
      index: sentences.length,
      paragraph: paragraph!.index,
      start: startOf(node),
      end: endOf(node),
      tokens: [],
      words: []
    }
    sentences.push(sentence)
    paragraph!.sentences.push(sentence)
    walkAll(node.children)
    sentence = undefined
  }

  function addToken(node: Nodes): void {
    const kind = kindOf(node.type)
    if (!kind || !sentence) return
    const value = kind === 'word' ? nodeText(node) : 'value' in node ? String(node.value) : ''
    const token: Token = {
      kind,
      value,
      // White space has no case and no apostrophe: its normalised form is itself.
      lower: kind === 'whitespace' ? value : normalizeWord(value),
      start: startOf(node),
      end: endOf(node),
      sentence: sentence.index,
      index: sentence.tokens.length
    }
    sentence.tokens.push(token)
    if (kind === 'word') sentence.words.push(token)
  }
}

function kindOf(type: string): TokenKind | undefined {
  switch (type) {
    case 'WordNode':
      return 'word'
    case 'PunctuationNode':
      return 'punctuation'
    case 'SymbolNode':
      return 'symbol'
    case 'WhiteSpaceNode':
      return 'whitespace'
    case 'SourceNode':
      return 'source'
    default:
      return undefined
  }
}

// Two functions, not one with the side as a computed key: a fixed property read per token.
function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0
}

/** The text of a run of tokens as the parser saw it. */
export function tokensText(tokens: readonly Token[]): string {
  let text = ''
  for (const token of tokens) text += token.kind === 'whitespace' ? ' ' : token.value
  return text
}

/** Runs of words separated only by white space: a phrase never crosses punctuation. */
export function wordRuns(sentence: Sentence): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  for (const token of sentence.tokens) {
    if (token.kind === 'word') run.push(token)
    else if (token.kind !== 'whitespace') {
      if (run.length > 0) runs.push(run)
      run = []
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}

export interface Line {
  paragraph: number
  start: number
  end: number
  /** Non-space tokens on the line. */
  tokens: Token[]
  /** The line's prose, white space collapsed to single spaces. */
  text: string
}

/** The lines of prose in a paragraph: a line break between two tokens ends one. */
export function paragraphLines(paragraph: Paragraph, source: string): Line[] {
  const lines: Line[] = []
  let tokens: Token[] = []
  // The line is its source as it stands (each token its own text, single spaces between): one slice.
  let verbatim = true
  const flush = () => {
    if (tokens.length > 0) {
      const start = tokens[0].start
      const end = tokens[tokens.length - 1].end
      const text = verbatim ? source.slice(start, end) : lineText(tokens, source)
      lines.push({paragraph: paragraph.index, start, end, tokens, text})
    }
    tokens = []
    verbatim = true
  }
  for (const sentence of paragraph.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind === 'whitespace') continue
      const previous = tokens[tokens.length - 1]
      if (previous) {
        // Read the gap in the source: white space between sentences belongs to no sentence.
        if (gapKind(source, previous.end, token.start) === 'break') flush()
        else if (verbatim)
          verbatim = token.start === previous.end || (token.start === previous.end + 1 && source.charCodeAt(previous.end) === 32)
      }
      if (verbatim) verbatim = token.end - token.start === token.value.length && source.startsWith(token.value, token.start)
      tokens.push(token)
    }
  }
  flush()
  return lines
}

/** A line's tokens, each gap of white space read as one space. */
function lineText(tokens: readonly Token[], source: string): string {
  let text = tokens[0].value
  for (let index = 1; index < tokens.length; index++) {
    if (gapKind(source, tokens[index - 1].end, tokens[index].start) === 'space') text += ' '
    text += tokens[index].value
  }
  return text
}

/** What lies between two tokens: a line break, other white space, or neither; a scan, not a slice and two regular expressions per token. */
function gapKind(source: string, start: number, end: number): 'break' | 'space' | 'none' {
  let space = false
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || code === 13) return 'break'
    if (!space) space = code === 32 || (code >= 9 && code <= 13) || (code >= 0x80 && /\s/.test(source[index]))
  }
  return space ? 'space' : 'none'
}

/**
 * The lines of copy in a paragraph: its physical lines, joined where a break
 * is only layout, so a paragraph reads as one line whatever its shape (as it
 * would with one paragraph a line). A break is layout when the line before it
 * is full (hard wrapping moved the next word down), or when the lines on both
 * sides end sentences (one sentence a line). Any other break was typed: a
 * short line that ends no sentence, as residue lines are (`Share on X`).
 */
export function copyLines(paragraph: Paragraph, source: string): Line[] {
  const lines = paragraphLines(paragraph, source)
  if (lines.length < 2) return lines
  let widest = 0
  for (const line of lines) widest = Math.max(widest, line.text.length)
  const joined: Line[] = []
  let current: Line | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (current && layoutBreak(lines[index - 1], line, widest)) {
      // Appended in place, token by token: a paragraph of many wrapped lines stays linear.
      for (const token of line.tokens) current.tokens.push(token)
      current.text += ` ${line.text}`
      current.end = line.end
    } else {
      // A new line object (the line's own text is read again as the `before` of the next break), but
      // its token array taken over: nothing reads a physical line's tokens after its own turn.
      current = {paragraph: line.paragraph, start: line.start, end: line.end, tokens: line.tokens, text: line.text}
      joined.push(current)
    }
  }
  return joined
}

/** Share of the widest line a wrapped line fills with the next line's first word added (greedy wrappers fill all of it). */
const wrappedFill = 0.8

function layoutBreak(before: Line, after: Line, widest: number): boolean {
  const ends = (line: Line) => standsAsSentence(line.text) || line.text.endsWith(':')
  if (ends(before) && ends(after)) return true
  const nextWord = after.tokens[0]?.value.length ?? 0
  return widest >= minimumWrapWidth && before.text.length + 1 + nextWord >= widest * wrappedFill
}
