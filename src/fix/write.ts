/**
 * Write a fixed draft back to disk without losing what the file is.
 *
 * The policy (docs/playground-and-fix.md says it for users):
 * - A symlink is followed: the file it points at is fixed, the link stays a link.
 * - Owner, group and mode are kept (write-file-atomic copies them onto the
 *   new file; as root the owner is set back with chown).
 * - A file with several hard links is rewritten in place, so every name
 *   still shows the same, fixed text (a rename would split the links). That
 *   write is not atomic; every other one goes through a temporary file
 *   beside the draft, renamed over it, so a crash never leaves half a draft.
 * - A read-only file (no write bit for anyone, or not writable by this user)
 *   and a file in a folder this user cannot write are refused, as is
 *   anything that is not a regular file: the run says so in one line and
 *   exits non-zero. Root is refused read-only files too: the mode says the
 *   owner wants it left alone.
 * - Nothing is written if the draft on disk is no longer what was fixed.
 */
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  writeSync
} from 'node:fs'
import path from 'node:path'
import writeFileAtomic from 'write-file-atomic'

/** The draft was not written, for a reason the user can act on. */
export class WriteRefused extends Error {}

/** The draft changed on disk since it was linted: not written, and not a failure of the run. */
export class DraftChanged extends Error {
  constructor() {
    super('it changed on disk while copydesk was checking it; run copydesk again')
  }
}

export async function writeDraft(target: string, expected: Uint8Array, text: string): Promise<void> {
  const real = resolveTarget(target)
  const stats = statSync(real)
  if (!stats.isFile()) throw new WriteRefused('it is not a regular file')
  if ((stats.mode & 0o222) === 0 || !can(real, constants.W_OK)) {
    throw new WriteRefused(`it is read-only (mode ${(stats.mode & 0o777).toString(8)}); make it writable to fix it`)
  }
  if (!Buffer.from(readFileSync(real)).equals(Buffer.from(expected))) throw new DraftChanged()
  const data = Buffer.from(text, 'utf8')
  try {
    if (stats.nlink > 1) writeInPlace(real, data, expected)
    else {
      if (!can(path.dirname(real), constants.W_OK | constants.X_OK)) {
        throw new WriteRefused('its folder is not writable (a fixed draft replaces the file through a temporary file beside it)')
      }
      await writeFileAtomic(real, data, {mode: stats.mode & 0o7777, chown: {uid: stats.uid, gid: stats.gid}})
    }
  } catch (error) {
    throw plainError(error)
  }
}

function resolveTarget(target: string): string {
  try {
    return realpathSync(target)
  } catch (error) {
    throw plainError(error)
  }
}

/** Hard links share one inode: truncate and write it, so no name is split off. */
function writeInPlace(real: string, data: Buffer, expected: Uint8Array): void {
  const descriptor = openSync(real, 'r+')
  try {
    if (fstatSync(descriptor).size !== expected.byteLength) throw new DraftChanged()
    ftruncateSync(descriptor, 0)
    let written = 0
    while (written < data.length) written += writeSync(descriptor, data, written, data.length - written, written)
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

function can(file: string, mode: number): boolean {
  try {
    accessSync(file, mode)
    return true
  } catch {
    return false
  }
}

/** One line without Node's error codes or absolute paths. */
function plainError(error: unknown): Error {
  if (error instanceof WriteRefused || error instanceof DraftChanged) return error
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new WriteRefused('permission denied: this user may not write it')
    case 'EROFS':
      return new WriteRefused('it is on a read-only file system')
    case 'ENOSPC':
    case 'EDQUOT':
      return new WriteRefused('the disk is full')
    case 'ELOOP':
      return new WriteRefused('it is a symlink loop')
    case 'ENOENT':
      return new WriteRefused('it was moved or deleted while copydesk was checking it')
    default:
      return new WriteRefused(`it could not be written${code ? ` (${code})` : ''}`)
  }
}
