/**
 * Drafts written for the scale tests: short news paragraphs on made-up
 * councils, clubs and companies, some with problems the rules catch.
 */
const places = ['Northbridge', 'Lake Arden', 'Port Esk', 'Vallmont', 'Greywater', 'Oakhaven']
const subjects = ['council', 'water board', 'football club', 'hospital trust', 'ferry company', 'library service']
const problems = [
  'The {subject} said the the plan would go ahead.',
  'Its chair won an election victory in March.',
  'Leave a reply',
  'Source: {place} staff reporting',
  'Officials said that that decision was final.',
  'Residents asked whether the the money had been spent.'
]

/** `count` drafts, `name → text`; every third is Markdown, most have a problem or two. */
export function newsDrafts(count: number): Record<string, string> {
  const drafts: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    const place = places[index % places.length]
    const subject = subjects[(index * 5) % subjects.length]
    const fill = (text: string) => text.replaceAll('{place}', place).replaceAll('{subject}', subject)
    const lines = [
      fill(`The ${subject} in {place} approved its budget on Tuesday after a long meeting.`),
      fill(problems[index % problems.length]),
      fill(`Members will meet again in ${['April', 'May', 'June'][index % 3]} to review spending on roads and schools.`),
      index % 4 === 0 ? fill(problems[(index + 2) % problems.length]) : 'A spokesperson declined to comment further.'
    ]
    const markdown = index % 3 === 0
    const folder = ['desk-a', 'desk-b', 'desk-b/late'][index % 3]
    const name = `${folder}/story-${String(index).padStart(2, '0')}.${markdown ? 'md' : 'txt'}`
    drafts[name] = markdown
      ? `# ${place} ${subject}\n\n` + (index % 2 === 0 ? '<!-- copydesk disable repeated-words -->\n\n' : '') + lines.join('\n\n') + '\n'
      : lines.join('\n') + '\n'
  }
  return drafts
}
