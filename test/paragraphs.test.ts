/** Paragraph boundaries in plain text, in every shape a draft arrives in. */
import {describe, expect, it} from 'vitest'
import {paragraphRanges} from '../src/parse/paragraphs.js'

function paragraphs(text: string): string[] {
  return paragraphRanges(text).map(({start, end}) => text.slice(start, end))
}

describe('paragraphs in every shape', () => {
  it('one sentence per line with blank lines between paragraphs reads as one paragraph per block', () => {
    const text =
      'Harbour Pilot Dana Ferris spoke at the quay.\n"We lost two boats in a week."\n\nThe port reopened on Monday.\nShipping resumed by noon.\n\nTugs stood by.\n'
    expect(paragraphs(text)).toEqual([
      'Harbour Pilot Dana Ferris spoke at the quay.\n"We lost two boats in a week."',
      'The port reopened on Monday.\nShipping resumed by noon.',
      'Tugs stood by.'
    ])
  })

  it('a colon at a line end joins the quotation on the next line', () => {
    const text = 'The mayor put it bluntly:\n"The bridge is closed."\n\nTraffic backed up.\n\nRepairs begin soon.\n'
    expect(paragraphs(text)[0]).toBe('The mayor put it bluntly:\n"The bridge is closed."')
  })

  it('a wrapped line that ends in a comma and a closing quote mark breaks mid-sentence', () => {
    const quote = '"The clinic in Kisumu will stay open for as long as the county pays for it,"'
    const text = `${quote}\nsaid Governor Achieng Otieno.\n\nNurses welcomed the news.\n\nThe budget vote is in May.\n`
    expect(paragraphs(text)[0]).toBe(`${quote}\nsaid Governor Achieng Otieno.`)
  })

  it('two blocks of sentence-sized lines are two paragraphs', () => {
    const text = 'The vote was close.\nIt passed by one.\n\nThe bill goes to the senate.\nA hearing is set.\n'
    expect(paragraphs(text)).toEqual(['The vote was close.\nIt passed by one.', 'The bill goes to the senate.\nA hearing is set.'])
  })

  it('a headline over a CMS paste keeps one paragraph per long line', () => {
    const long =
      'The regional transit authority approved a fare increase on Thursday after a long and often heated public meeting that ran past midnight, officials said.'
    const text = `Fares rise\n\n${long} ${long}\n${long} ${long}\n`
    expect(paragraphs(text)).toHaveLength(3)
  })

  it('a list of residue lines in a blank-separated draft stays one line per paragraph', () => {
    const text = 'The plant closed.\n\nWorkers left.\n\nRelated stories\nShare this:\nFollow us\n'
    expect(paragraphs(text)).toEqual(['The plant closed.', 'Workers left.', 'Related stories', 'Share this:', 'Follow us'])
  })

  it('list items stay apart even when each ends a sentence', () => {
    const text = 'The plan has steps.\n\n- Close the road.\n- Open the bypass.\n\nWork starts soon.\n'
    expect(paragraphs(text)).toEqual(['The plan has steps.', '- Close the road.', '- Open the bypass.', 'Work starts soon.'])
  })

  it('without blank lines every line is a paragraph, even sentence-sized ones', () => {
    const text = 'The vote was close.\nIt passed by one.\nThe bill goes on.\n'
    expect(paragraphs(text)).toEqual(['The vote was close.', 'It passed by one.', 'The bill goes on.'])
  })

  it('a line ends a sentence after closing marks and spaces of any width, and in other scripts', () => {
    const text = 'Intro.\n\n"One line.\nThe other one asks: \'are we alone?\'\u2009"\nयह एक वाक्य है।\n\nEnd.\n'
    expect(paragraphs(text)).toHaveLength(3)
  })

  it('an aside in brackets on its own line is a sentence line', () => {
    const text = 'Intro.\n\nUniversity scored twice out wide.\n(Image: Ana Ruiz)\n\nEnd.\n'
    expect(paragraphs(text)[1]).toBe('University scored twice out wide.\n(Image: Ana Ruiz)')
  })

  it('a wrapped quotation whose credit falls on the next line is one paragraph', () => {
    const text = 'Intro.\n\n"We are not going to sign a deal that puts our farmers out of business,"\nSenator Ana Ruiz said.\n\nEnd.\n'
    expect(paragraphs(text)[1]).toBe('"We are not going to sign a deal that puts our farmers out of business,"\nSenator Ana Ruiz said.')
  })
})
