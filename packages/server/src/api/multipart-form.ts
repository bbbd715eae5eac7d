/**
 * Reads an upload form: one file part and a few text fields. The file is buffered in memory up to
 * the multipart plugin's `fileSize` limit, over which the plugin throws its 413 error.
 */
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { FieldError } from './http-errors.ts';

export interface UploadedFile {
  readonly filename: string;
  readonly data: Buffer;
}

export interface MultipartForm {
  readonly file: UploadedFile;
  /** Text fields by name (the last one wins when a name repeats). */
  readonly fields: Record<string, string>;
}

export async function readMultipartForm(
  request: FastifyRequest,
  fileField = 'file',
): Promise<MultipartForm> {
  if (!request.isMultipart())
    throw new FieldError(fileField, 'send the upload as multipart/form-data with a file part');
  let file: UploadedFile | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== fileField) {
        part.file.resume();
        throw new FieldError(part.fieldname, `unexpected file; send it as "${fileField}"`);
      }
      file = { filename: part.filename, data: await part.toBuffer() };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file) throw new FieldError(fileField, 'a file is required');
  return { file, fields };
}
