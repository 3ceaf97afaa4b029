import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {DocumentModel} from '../src/analysis/document.js'
import {entitiesOf} from '../src/analysis/entities.js'
import {sameParty, stateOf} from '../src/analysis/parties.js'

function layerOf(text: string) {
  return entitiesOf(new DocumentModel(new ParseEnglish().parse(text), new VFile(text)))
}

function mentions(text: string) {
  return layerOf(text).mentions.map((mention) => ({
    text: mention.text,
    column: mention.start + 1,
    state: stateOf(mention),
    possessive: mention.possessive
  }))
}

describe('entity mentions', () => {
  it('resolves countries, capitals, seats and abbreviations to one state', () => {
    expect(mentions('The U.S. and the White House disagreed with Washington and the United States.')).toEqual([
      {text: 'U.S.', column: 5, state: 'US', possessive: false},
      {text: 'White House', column: 18, state: 'US', possessive: false},
      {text: 'Washington', column: 45, state: 'US', possessive: false},
      {text: 'United States', column: 64, state: 'US', possessive: false}
    ])
  })

  it('reads possessives and hyphenated pairs', () => {
    expect(mentions('Kenya’s envoy praised Kenya-Uganda ties.')).toEqual([
      {text: 'Kenya', column: 1, state: 'KE', possessive: true},
      {text: 'Kenya', column: 23, state: 'KE', possessive: false},
      {text: 'Uganda', column: 29, state: 'UG', possessive: false}
    ])
  })

  it('keeps demonyms but gives them no state to stand for as a party', () => {
    expect(mentions('Chilean miners met officials.')).toEqual([{text: 'Chilean', column: 1, state: undefined, possessive: false}])
  })

  it('skips places inside longer names', () => {
    expect(mentions('He wrote for the Washington Post, studied at the University of Ottawa and joined Canada Goose.')).toEqual([])
  })

  it('drops a name the draft uses for a US state', () => {
    expect(mentions('Washington state passed a law. Washington also sued.')).toEqual([])
  })

  it('keeps a name before a state organ: US President, Government of Canada', () => {
    expect(mentions('The Government of Canada and the US President spoke.').map((mention) => mention.state)).toEqual(['CA', 'US'])
  })

  it('tells one state from a pair of organs of one state', () => {
    const found = layerOf('The Pentagon and the White House met.').mentions
    expect(found.map((mention) => mention.text)).toEqual(['Pentagon', 'White House'])
    expect(stateOf(found[0])).toBeUndefined()
    expect(sameParty(found[0], found[1])).toBe(false)
  })
})
