/** Upload form for an OHLCV CSV: file, optional ticker/timeframe/timezone, progress while sending. */
import { type FormEvent, useRef, useState } from 'react';
import type { Dataset } from '../api/types.ts';
import { upload } from '../api/upload.ts';
import { ErrorMessage } from './error-message.tsx';
import { InputField } from './input-field.tsx';
import { ProgressBar } from './progress-bar.tsx';

export function DatasetUpload({ onUploaded }: { readonly onUploaded: (d: Dataset) => void }) {
  const file = useRef<HTMLInputElement | null>(null);
  const [ticker, setTicker] = useState('');
  const [timeframe, setTimeframe] = useState('');
  const [timezone, setTimezone] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const chosen = file.current?.files?.[0];
    if (chosen === undefined) {
      setError(new Error('file: choose a CSV file to upload.'));
      return;
    }
    const form = new FormData();
    if (ticker.trim() !== '') form.append('ticker', ticker.trim());
    if (timeframe.trim() !== '') form.append('timeframe', timeframe.trim());
    if (timezone.trim() !== '') form.append('timezone', timezone.trim());
    form.append('file', chosen, chosen.name);
    setError(null);
    setProgress(0);
    try {
      const dataset = await upload<Dataset>('/datasets', form, setProgress);
      formElement.reset();
      setTicker('');
      setTimeframe('');
      setTimezone('');
      onUploaded(dataset);
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)}>
      <h2>Upload a CSV</h2>
      <div className="grid">
        <div className="field">
          <label htmlFor="dataset-file">OHLCV file</label>
          <input
            id="dataset-file"
            ref={file}
            type="file"
            accept=".csv,text/csv"
            data-testid="dataset-file"
          />
        </div>
        <InputField
          id="dataset-ticker"
          label="Ticker"
          value={ticker}
          onChange={setTicker}
          placeholder="file name"
        />
        <InputField
          id="dataset-timeframe"
          label="Timeframe"
          value={timeframe}
          onChange={setTimeframe}
          placeholder="inferred, e.g. 60 or D"
        />
        <InputField
          id="dataset-timezone"
          label="Time zone"
          value={timezone}
          onChange={setTimezone}
          placeholder="UTC"
        />
      </div>
      {progress !== null && (
        <ProgressBar
          percent={progress * 100}
          label="Upload progress"
          testId="dataset-upload-progress"
        />
      )}
      <ErrorMessage error={error} testId="dataset-error" />
      <button type="submit" disabled={progress !== null} data-testid="dataset-upload">
        {progress === null ? 'Upload' : 'Uploading…'}
      </button>
    </form>
  );
}
