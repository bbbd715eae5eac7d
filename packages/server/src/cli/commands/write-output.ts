/** Writes a command's output file; a failure is bad input naming the file. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '@barwise/core';

export async function writeOutput(file: string, text: string, cwd: string): Promise<void> {
  try {
    await writeFile(path.resolve(cwd, file), text);
  } catch (error) {
    throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}
