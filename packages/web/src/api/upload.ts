/** Multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can). */
import { ApiError, parseProblem } from './api-error.ts';
import { buildUrl } from './http.ts';

/** Posts `form` to an /api/v1 path; `onProgress` gets 0..1 as the body is sent. */
export function upload<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const requestId = xhr.getResponseHeader('x-request-id');
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(JSON.parse(xhr.responseText) as T);
      } else {
        reject(
          parseProblem(
            xhr.status,
            xhr.getResponseHeader('content-type'),
            xhr.responseText,
            requestId,
          ),
        );
      }
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'Network error', 'the Barwise server could not be reached'));
    xhr.send(form);
  });
}
