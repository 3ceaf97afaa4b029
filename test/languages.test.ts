/** Stretches in another language get no English-only rule. */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {foreignSentences} from '../src/analysis/languages.js'
import {lint} from '../src/index.js'

const spanish =
  'El alcalde de la ciudad explicó durante la larga rueda de prensa del martes que la biblioteca municipal, que lleva abierta desde hace más de cuarenta años, cerrará sus puertas de manera definitiva por la grave falta de fondos públicos y privados.'
const hindi = 'मुख्यमंत्री ने मंगलवार को संवाददाताओं से कहा कि शहर का पुराना पुस्तकालय धन की कमी के कारण हमेशा के लिए बंद कर दिया जाएगा।'
const english =
  'The mayor, who spoke for more than an hour at a press conference that was called at short notice on Tuesday after weeks of rumours about the future of the building, said the library would close for good because of the lack of money.'

async function run(text: string) {
  const file = await lint(new VFile({path: 'draft.txt', value: text}))
  return {file, foreign: [...foreignSentences(file.data.copydeskDocument!)]}
}

describe('other-language stretches', () => {
  it('finds Spanish and Hindi sentences and leaves English ones', async () => {
    const result = await run(`${english}\n\n"${spanish}"\n\n${hindi}\n`)
    expect(result.foreign).toEqual([1, 2])
  })

  it('English-only rules say nothing about a stretch in another language', async () => {
    const hard =
      'La administración municipal caracterizó extraordinariamente la infraestructura deteriorada como fundamentalmente inaceptable, particularmente considerando las desproporcionadas responsabilidades presupuestarias correspondientes a las comunidades autónomas correspondientes.'
    const englishHard =
      'Notwithstanding considerable administrative complications, the municipal authorities characterised the unprecedented infrastructural deterioration as fundamentally unacceptable, particularly considering the extraordinarily disproportionate expenditure.'
    const foreignRun = await run(`The mayor spoke at length. "${hard}"\n`)
    const englishRun = await run(`${englishHard}\n`)
    expect(foreignRun.foreign).toEqual([1])
    expect(foreignRun.file.messages.map((message) => message.ruleId)).toEqual([])
    expect(englishRun.file.messages.map((message) => message.ruleId)).toEqual(['readability'])
  })

  it('reads short English sentences and names as English', async () => {
    const result = await run('Okafor shook his head. Ngozi Adebayo-Okonkwo left Abuja at dawn. "We will fight on."\n')
    expect(result.foreign).toEqual([])
  })

  it('reads an HTML passage by its words, not its character references', async () => {
    const escaped = [...hindi].map((character) => (character.charCodeAt(0) > 127 ? `&#${character.codePointAt(0)};` : character)).join('')
    const file = await lint(new VFile({path: 'draft.html', value: `<p>${english}</p>\n<p>${escaped}</p>\n`}))
    expect([...foreignSentences(file.data.copydeskDocument!)]).toEqual([1])
  })
})
