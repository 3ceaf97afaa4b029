/**
 * Sentence ends after abbreviations, fixed once on the parsed tree for every
 * format. parse-english never ends a sentence after `p.m.`, `Jr.`, `U.S.` or
 * an initial, and ends one after `No.` before a number; here a sentence ends
 * after an abbreviation when the next token opens one (an opening quotation
 * mark, or a capitalised opener such as `The` or `She`), and `No. 5` is
 * joined again. Word lists: data/abbreviations.json. One pass over each paragraph.
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {sentenceAbbreviations, sentenceOpeners} from '../lexicon/abbreviations.js'
import {nodeText} from './node-text.js'

const abbreviations = sentenceAbbreviations
const openers = sentenceOpeners
const openingMarks = new Set(['"', '\u201c', '\u00ab', '\u201e'])
/** `J.`, `R.`: an initial. `A.B.`: a dotted acronym. */
const initial = /^\p{Lu}\.$/u
const dotted = /^(?:\p{L}\.){2,}$/u

export function fixSentenceEnds(tree: Root): void {
  const stack: Array<{type: string; children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'ParagraphNode') {
      fixParagraph(node as Paragraph)
      continue
    }
    if (node.type === 'SentenceNode' || !node.children) continue
    for (const child of node.children) stack.push(child as (typeof stack)[number])
  }
}

function fixParagraph(paragraph: Paragraph): void {
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      children.push(child)
      continue
    }
    // `No.` + `5 on the list`: join what the parser split.
    const previous = children[children.length - 1]
    const before = previous?.type === 'WhiteSpaceNode' ? children[children.length - 2] : undefined
    if (before?.type === 'SentenceNode' && previous && endsWithNumberAbbreviation(before) && startsWithNumber(child)) {
      children.pop()
      before.children.push(previous as SentenceContent, ...child.children)
      setPosition(before)
      continue
    }
    for (const piece of splitSentence(child)) children.push(piece)
  }
  paragraph.children = children
}

/** The sentence cut after each abbreviation that is followed by white space and a sentence opener. */
function splitSentence(sentence: Sentence): Paragraph['children'] {
  const pieces: Paragraph['children'] = []
  let start = 0
  const kids = sentence.children
  for (let index = 0; index + 2 < kids.length; index++) {
    const word = kids[index]
    const space = kids[index + 1]
    if (word.type !== 'WordNode' || space.type !== 'WhiteSpaceNode' || !endsAbbreviation(nodeText(word))) continue
    if (!opensSentence(kids, index + 2)) continue
    pieces.push(piece(kids.slice(start, index + 1)), space)
    start = index + 2
  }
  if (start === 0) return [sentence]
  pieces.push(piece(kids.slice(start)))
  return pieces
}

function endsAbbreviation(text: string): boolean {
  if (abbreviations.has(text)) return true
  // An initial or a dotted acronym ends in a full stop: most words are answered without the two patterns.
  return text.charCodeAt(text.length - 1) === 46 && (initial.test(text) || dotted.test(text))
}

function opensSentence(kids: readonly SentenceContent[], index: number): boolean {
  const next = kids[index]
  if (next.type === 'PunctuationNode' || next.type === 'SymbolNode') {
    return openingMarks.has(next.value.charAt(0)) && kids[index + 1]?.type === 'WordNode'
  }
  return next.type === 'WordNode' && openers.has(nodeText(next))
}

function endsWithNumberAbbreviation(sentence: Sentence): boolean {
  const kids = sentence.children
  const last = kids[kids.length - 1]
  const word = kids[kids.length - 2]
  if (last?.type === 'WordNode') return nodeText(last) === 'No.'
  return (
    last?.type === 'PunctuationNode' &&
    last.value === '.' &&
    word?.type === 'WordNode' &&
    (nodeText(word) === 'No' || nodeText(word) === 'Nos')
  )
}

function startsWithNumber(sentence: Sentence): boolean {
  const first = sentence.children[0]
  return first?.type === 'WordNode' && /^\d/.test(nodeText(first))
}

function piece(children: SentenceContent[]): Sentence {
  const sentence: Sentence = {type: 'SentenceNode', children}
  setPosition(sentence)
  return sentence
}

function setPosition(sentence: Sentence): void {
  const first = sentence.children[0]?.position
  const last = sentence.children[sentence.children.length - 1]?.position
  if (first && last) sentence.position = {start: first.start, end: last.end}
}
