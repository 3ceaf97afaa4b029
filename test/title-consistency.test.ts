/** title-consistency's opt-in reference-order advice (the fixtures run the recommended preset, where it is off). */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

async function advice(text: string, options?: object) {
  const file = await lint(text, {config: {preset: 'none', rules: {'title-consistency': options ? ['warn', options] : 'warn'}}})
  return file.messages.map((message) => ({
    messageId: (message as {messageId?: string}).messageId,
    line: message.line,
    column: message.column,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined
  }))
}

const surnameFirst = readFileSync(new URL('../rules/title-consistency/fixtures/surname-first-off-by-default.txt', import.meta.url), 'utf8')
const namedEarlier = readFileSync(new URL('../rules/title-consistency/fixtures/surname-named-earlier.txt', import.meta.url), 'utf8')

describe('title-consistency reference order', () => {
  it('is off unless configured', async () => {
    expect(await advice(surnameFirst)).toEqual([])
  })

  it('advises on a surname before the full name when `referenceOrder` is on', async () => {
    expect(await advice(surnameFirst, {referenceOrder: true})).toEqual([
      {messageId: 'title-consistency/surname-first', line: 1, column: 1, endColumn: 7}
    ])
  })

  it('says nothing when someone of that surname was named earlier without a title', async () => {
    expect(await advice(namedEarlier, {referenceOrder: true})).toEqual([])
  })

  it('says nothing when the draft names two people of that surname', async () => {
    const text = 'Mendes was not at the launch.\n\nJoana Mendes ran the stall.\n\nMayor Rui Mendes opened the fair in Porto.\n'
    expect(await advice(text, {referenceOrder: true})).toEqual([])
    const one = 'Mendes was not at the launch.\n\nMayor Rui Mendes opened the fair in Porto.\n'
    expect(await advice(one, {referenceOrder: true})).toEqual([
      {messageId: 'title-consistency/surname-first', line: 1, column: 1, endColumn: 7}
    ])
  })

  it('says nothing in a summary bullet, also when Markdown escapes the bullet', async () => {
    const typed = '* Mendes opens the fair.\n\nMayor Rui Mendes opened the fair in Porto.\n'
    const escaped = '\\* Mendes opens the fair.\n\nMayor Rui Mendes opened the fair in Porto.\n'
    const file = await lint(escaped, {
      format: 'markdown',
      config: {preset: 'none', rules: {'title-consistency': ['warn', {referenceOrder: true}]}}
    })
    expect(await advice(typed, {referenceOrder: true})).toEqual([])
    expect(file.messages).toEqual([])
  })
})
