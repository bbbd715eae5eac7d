/**
 * Backtest form for a saved strategy: dataset, date range, capital, costs (TradingView's Properties
 * tab: commission and slippage; empty keeps the script's strategy() settings) and one field per
 * script input.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { CommissionType, InputValue, NewBacktest, Strategy } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { formatDate } from '../format/format.ts';
import { navigate } from '../router/navigation.ts';
import { ErrorMessage } from './error-message.tsx';
import { InputField } from './input-field.tsx';
import { ParameterField } from './parameter-field.tsx';

const DAY_MS = 86_400_000;

/** strategy(commission_type) choices as the Properties tab names them. */
const COMMISSION_TYPES: readonly { readonly type: CommissionType; readonly label: string }[] = [
  { type: 'percent', label: '% of value' },
  { type: 'cash_per_contract', label: 'Cash per contract' },
  { type: 'cash_per_order', label: 'Cash per order' },
];

/** A `YYYY-MM-DD` date input as UTC ms; `to` covers its whole day. */
const dayStart = (value: string) => (value === '' ? undefined : Date.parse(`${value}T00:00:00Z`));
const dayEnd = (value: string) => {
  const start = dayStart(value);
  return start === undefined ? undefined : start + DAY_MS - 1;
};

export function RunForm({ strategy }: { readonly strategy: Strategy }) {
  const datasets = useApi(() => api.listDatasets(), []);
  const [datasetId, setDatasetId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [capital, setCapital] = useState('');
  const [commissionType, setCommissionType] = useState<CommissionType | ''>('');
  const [commissionValue, setCommissionValue] = useState('');
  const [slippage, setSlippage] = useState('');
  const [inputs, setInputs] = useState<Record<string, InputValue>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const items = datasets.data?.items ?? [];
  useEffect(() => {
    const first = items[0];
    if (datasetId === '' && first !== undefined) setDatasetId(first.id);
  }, [items, datasetId]);
  const dataset = items.find((d) => d.id === datasetId);
  // The date inputs offer the dataset's span.
  const range = dataset
    ? { min: formatDate(dataset.firstTime), max: formatDate(dataset.lastTime) }
    : {};

  const currentValue = (title: string, defval: InputValue | null) => inputs[title] ?? defval;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    // Only inputs the user changed are sent; the script's defaults apply to the rest.
    const changed = Object.fromEntries(
      strategy.parameters
        .filter((p) => p.title in inputs && inputs[p.title] !== p.defval)
        .map((p) => [p.title, inputs[p.title] as InputValue]),
    );
    const start = dayStart(from);
    const end = dayEnd(to);
    const body: NewBacktest = {
      strategyId: strategy.id,
      strategyVersion: strategy.version,
      datasetId,
      ...(start === undefined ? {} : { from: start }),
      ...(end === undefined ? {} : { to: end }),
      ...(capital.trim() === '' ? {} : { initialCapital: Number(capital) }),
      ...(commissionType === '' || commissionValue.trim() === ''
        ? {}
        : { commission: { type: commissionType, value: Number(commissionValue) } }),
      ...(slippage.trim() === '' ? {} : { slippageTicks: Number(slippage) }),
      ...(Object.keys(changed).length === 0 ? {} : { inputs: changed }),
    };
    try {
      const backtest = await api.createBacktest(body);
      navigate(`/backtests/${encodeURIComponent(backtest.id)}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form className="card run-form" onSubmit={(e) => void submit(e)} data-testid="run-form">
      <h2>Run a backtest</h2>
      {strategy.kind !== null && strategy.kind !== 'strategy' && (
        <p className="note">
          This script is {strategy.kind === 'indicator' ? 'an indicator' : 'a library'}: it runs,
          but only a <code>strategy()</code> script places trades.
        </p>
      )}
      <div className="grid">
        <div className="field">
          <label htmlFor="run-dataset">Dataset</label>
          <select
            id="run-dataset"
            value={datasetId}
            onChange={(e) => setDatasetId(e.target.value)}
            required
            data-testid="run-dataset"
          >
            {items.length === 0 && <option value="">No datasets — upload one first</option>}
            {items.map((d) => (
              <option key={d.id} value={d.id}>
                {d.ticker} · {d.timeframe} · {d.barCount} bars
              </option>
            ))}
          </select>
        </div>
        <InputField
          id="run-from"
          label="From"
          type="date"
          value={from}
          onChange={setFrom}
          {...range}
        />
        <InputField id="run-to" label="To" type="date" value={to} onChange={setTo} {...range} />
        <InputField
          id="run-capital"
          label="Initial capital"
          type="number"
          step="any"
          placeholder="from the script"
          value={capital}
          onChange={setCapital}
        />
      </div>
      {dataset && (
        <p className="muted small">
          {dataset.ticker} covers {formatDate(dataset.firstTime)} to {formatDate(dataset.lastTime)}{' '}
          ({dataset.timezone}); empty dates mean all of it.
        </p>
      )}
      <fieldset className="grid">
        <legend>Costs (empty: the script’s strategy() settings)</legend>
        <div className="field">
          <label htmlFor="run-commission-type">Commission</label>
          <select
            id="run-commission-type"
            value={commissionType}
            onChange={(e) => setCommissionType(e.target.value as CommissionType | '')}
            data-testid="run-commission-type"
          >
            <option value="">From the script</option>
            {COMMISSION_TYPES.map((c) => (
              <option key={c.type} value={c.type}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <InputField
          id="run-commission-value"
          label="Commission value"
          type="number"
          min="0"
          step="any"
          placeholder="from the script"
          value={commissionValue}
          onChange={setCommissionValue}
          disabled={commissionType === ''}
          required={commissionType !== ''}
        />
        <InputField
          id="run-slippage"
          label="Slippage (ticks)"
          type="number"
          min="0"
          step="1"
          placeholder="from the script"
          value={slippage}
          onChange={setSlippage}
        />
      </fieldset>
      {strategy.parameters.length > 0 && (
        <fieldset className="grid">
          <legend>Inputs</legend>
          {strategy.parameters.map((p) => (
            <ParameterField
              key={p.title}
              parameter={p}
              value={currentValue(p.title, p.defval)}
              onChange={(v) => setInputs((old) => ({ ...old, [p.title]: v }))}
            />
          ))}
        </fieldset>
      )}
      <ErrorMessage error={error ?? datasets.error} testId="run-error" />
      <button type="submit" disabled={busy || datasetId === ''} data-testid="run-submit">
        {busy ? 'Starting…' : 'Run backtest'}
      </button>
    </form>
  );
}
