/**
 * copydesk refuses a file too large to be a draft (in every entry point: the
 * pipeline parses through this), with one clear line,
 * instead of spending minutes and gigabytes on it: a syntax tree of English
 * takes about 250 bytes per character, so a 50 MB file would need over
 * ten gigabytes. A book-length draft (a million characters and more) still fits.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'

export const maximumDraftLength = 5 * 1024 * 1024

/** Add after copydesk's parser: checks the size before parsing. */
export function limitDraftSize(this: Processor) {
  const parse = this.parser
  if (!parse) return
  this.parser = function (document: string, file: VFile) {
    const length = typeof file.value === 'string' ? file.value.length : (file.value?.byteLength ?? 0)
    if (length > maximumDraftLength) {
      file.fail(
        `This file is ${(length / 1048576).toFixed(1)} MB, too large to be a draft (copydesk checks up to ${maximumDraftLength / 1048576} MB): split it into articles`
      )
    }
    return parse(document, file)
  }
}
