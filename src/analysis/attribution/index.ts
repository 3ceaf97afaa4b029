/**
 * Attributions layer: who is credited with what, and who says each quotation.
 *
 * Sentences are joined into statement units (`units.ts`); in each unit every
 * reporting verb outside quotation marks becomes a credit with its speaker
 * (`cues.ts`); pronoun speakers point back to the nearest fitting speaker
 * (`pronouns.ts`); interview transcripts are marked (`transcript.ts`); every
 * quotation gets its speaker and how it was found (`speakers.ts`). Each pass
 * is linear in the document.
 */
export type {Attributions, Frame, QuoteSpeaker, Speaker, SpeakerSource, Unit} from './types.js'
export {attributionsOf, findAttributions, unitOfQuotation} from './layer.js'
export {indexAt, isQuoteMark} from './cues.js'
export {fits} from './pronouns.js'
export {opensWithLabel} from './transcript.js'
export {quoteSpeakersOf, subjectText} from './speakers.js'
export {coreferenceOf, sameSource, type Coreference} from './coreference.js'
