/**
 * Run unified-engine on one made-up file, silently, only to see what it
 * finds for it (the configuration of `--print-config` and of the record
 * stream). A fatal message on the file rejects with its innermost reason in
 * one line, as the report would say it.
 */
import {PassThrough} from 'node:stream'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {flattenFailure} from '../reporters/failures.js'

export function engineDryRun(file: VFile, options: EngineOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    engine(
      {
        ...options,
        files: [file],
        silentlyIgnore: true,
        reporter: (() => '') as never,
        streamIn: new PassThrough(),
        streamOut: new PassThrough(),
        streamError: new PassThrough()
      },
      (error) => {
        if (error) return reject(error)
        const failure = file.messages.find((message) => message.fatal === true)
        if (failure) {
          flattenFailure(failure)
          return reject(new Error(failure.reason))
        }
        resolve()
      }
    )
  })
}
