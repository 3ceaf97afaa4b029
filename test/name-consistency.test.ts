import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {editDistance} from '../rules/name-consistency/index.js'
import {foldName} from '../src/analysis/names.js'

async function names(text: string, options?: object) {
  const file = await lint(text, {config: {preset: 'none', rules: {'name-consistency': options ? ['warn', options] : 'warn'}}})
  return file.messages.map((message) => ({line: message.line, column: message.column, actual: message.actual, expected: message.expected}))
}

describe('name-consistency', () => {
  it('takes house-style entries from the configuration', async () => {
    const text = 'The team met at Harbourside. Later Harbour Side officials left.\n'
    expect(
      await names(text, {preferredNames: [{preferred: 'Harbourside', variants: ['Harbour Side'], source: 'our style guide'}]})
    ).toEqual([{line: 1, column: 36, actual: 'Harbour Side', expected: ['Harbourside']}])
  })

  it('can leave the shipped house-style list out', async () => {
    expect(await names('Crews from Aljazeera filmed it.\n')).toHaveLength(1)
    expect(await names('Crews from Aljazeera filmed it.\n', {defaultPreferredNames: false})).toEqual([])
  })

  it('never flags a form listed in `ignore`', async () => {
    const text = 'Lena Okoro spoke first. Okoro said no. Later Okora agreed with Okoro.\n'
    expect((await names(text)).map((message) => message.actual)).toEqual(['Okora'])
    expect(await names(text, {ignore: ['Okora']})).toEqual([])
  })

  it('flags a spelling off the house style only where the draft mixes it with the preferred form, for entries off by default', async () => {
    expect(await names('Flights to Odessa resumed.\n')).toEqual([])
    expect(await names('Flights to Odesa resumed. Odessa airport reopened.\n')).toEqual([
      {line: 1, column: 27, actual: 'Odessa', expected: ['Odesa']}
    ])
  })

  it('rejects option values of the wrong type', async () => {
    await expect(names('Text.\n', {ignore: 'Okora'})).rejects.toThrow(/name-consistency: option "ignore" must be a list of strings/)
  })
})

describe('name folding and distance', () => {
  it('folds case, diacritics, spaces and hyphens', () => {
    expect(foldName('Sørensen')).toBe(foldName('Sorensen'))
    expect(foldName('Smith-Jones')).toBe(foldName('Smith Jones'))
    expect(foldName('DataVault')).toBe('datavault')
  })

  it('counts an adjacent swap as one edit and stops above the limit', () => {
    expect(editDistance('okonkwo', 'okonkow', 1)).toBe(1)
    expect(editDistance('joly', 'jolie', 2)).toBe(2)
    expect(editDistance('magnitogorsk', 'magnitigorsk', 1)).toBe(1)
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2)
  })

  it('enforces style preferences (former names, transliterations) only when asked, and never on a parenthetical former name', async () => {
    expect(await names('She studied in Bombay and later in Kiev.\n')).toEqual([])
    expect(await names('She studied in Bombay.\n', {stylePreferences: true})).toEqual([
      {line: 1, column: 16, actual: 'Bombay', expected: ['Mumbai']}
    ])
    expect(await names('Chennai (formerly Madras) is hot. Chennai is big.\n', {stylePreferences: true})).toEqual([])
    expect(await names('Flights from Mumbai resumed. Bombay airport reopened.\n')).toEqual([
      {line: 1, column: 30, actual: 'Bombay', expected: ['Mumbai']}
    ])
  })

  it('offers the accented form for a name written without its accents, even when that form is rarer', async () => {
    const text = 'President Recep Tayyip Erdoğan spoke. Erdogan said talks were over. Erdogan left.\n'
    expect(await names(text)).toEqual([
      {line: 1, column: 39, actual: 'Erdogan', expected: ['Erdoğan']},
      {line: 1, column: 69, actual: 'Erdogan', expected: ['Erdoğan']}
    ])
    expect((await names('Mr Sørensen agreed. Sørensen left. Sorensen said no.\n')).map((message) => message.expected)).toEqual([
      ['Sørensen']
    ])
  })

  it('finds a doubled or tripled letter and a transposition in a surname', async () => {
    expect((await names('Jacques Chirac died. Chirac was 86. Tributes to Chirrrac poured in.\n')).map((message) => message.actual)).toEqual(
      ['Chirrrac']
    )
    expect((await names('Judge Ida Pogue ruled. Pogue said no. Later Poguee agreed.\n')).map((message) => message.actual)).toEqual([
      'Poguee'
    ])
    expect(await names('Israel and Israeli officials met. Ukrainian and Ukrainians voted. Israel said.\n')).toEqual([])
    expect(
      (await names('Anna Kowalczyk spoke. Later Kowalcyzk said she would stay. Kowalczyk left.\n')).map((message) => message.actual)
    ).toEqual(['Kowalcyzk'])
  })

  it('keeps a given name and surname one letter apart, and a line-up of different people, clean', async () => {
    expect(await names('Carl Carr scored twice. Carr was named man of the match.\n')).toEqual([])
    expect(await names('The line-up: Smith, Smyth, Smithe, Smit, Schmidt and Smiths.\n')).toEqual([])
    expect(await names('The EastAfrican reported it first. East African leaders met. East African trade grew.\n')).toEqual([])
  })
})
