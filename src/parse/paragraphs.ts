/**
 * Paragraph boundaries in plain text.
 *
 * Plain-text drafts come in two shapes: one paragraph per line (what copying
 * from a web page or a CMS gives, with or without blank lines between) and
 * hard-wrapped prose with blank lines between paragraphs. The English parser
 * alone treats a single line break as a space, so we find the paragraphs
 * ourselves and parse each one separately.
 */

export interface Range {
  start: number
  end: number
}

/** Hard-wrapped prose wraps at a fixed width; longer lines are whole paragraphs. */
const maximumWrappedLineLength = 100
/** Below this width a block of short lines is a list of residue lines, not wrapped prose. */
const minimumWrapWidth = 50

interface Line extends Range {
  blank: boolean
}

export function splitLines(value: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let index = 0
  while (index <= value.length) {
    const code = index < value.length ? value.charCodeAt(index) : -1
    if (code === 10 || code === 13 || code === -1) {
      const end = index
      lines.push({start, end, blank: isBlank(value, start, end)})
      if (code === 13 && value.charCodeAt(index + 1) === 10) index++
      start = index + 1
    }
    index++
  }
  return lines
}

function isBlank(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 0xfeff) return false
  }
  return true
}

/** Paragraph ranges (trimmed of surrounding line breaks) in document order. */
export function paragraphRanges(value: string): Range[] {
  const ranges: Range[] = []
  let block: Line[] = []
  for (const line of splitLines(value)) {
    if (line.blank) {
      flush()
    } else {
      block.push(line)
    }
  }
  flush()
  return ranges

  function flush() {
    if (block.length === 0) return
    if (isHardWrapped(value, block)) {
      ranges.push({start: block[0].start, end: block[block.length - 1].end})
    } else {
      for (const line of block) ranges.push({start: line.start, end: line.end})
    }
    block = []
  }
}

/**
 * A block of several lines is wrapped prose when no line but the last is
 * longer than a wrap width, the lines are long enough to be wrapped prose,
 * and at least one line breaks mid-sentence.
 */
function isHardWrapped(value: string, block: Line[]): boolean {
  if (block.length < 2) return false
  let widest = 0
  let breaksMidSentence = false
  for (let index = 0; index < block.length - 1; index++) {
    const line = block[index]
    const length = line.end - line.start
    if (length > maximumWrappedLineLength) return false
    if (length > widest) widest = length
    const text = value.slice(line.start, line.end).trimEnd()
    if (!/[.!?:"”’)\]]$/.test(text)) breaksMidSentence = true
  }
  return widest >= minimumWrapWidth && breaksMidSentence
}
