/** An accessible progress bar (role="progressbar", aria-valuenow 0..100). */

interface Props {
  readonly percent: number;
  readonly label: string;
  readonly testId?: string;
}

export function ProgressBar({ percent, label, testId }: Props) {
  const value = Math.round(Math.min(100, Math.max(0, percent)));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      data-testid={testId}
    >
      <div className="progress-fill" style={{ width: `${value}%` }} />
      <span className="progress-text">{value} %</span>
    </div>
  );
}
