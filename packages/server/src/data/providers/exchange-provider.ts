/**
 * The ccxt provider of an exchange as the CLI and the API open it. `BARWISE_EXCHANGE_URL_<ID>`
 * (e.g. BARWISE_EXCHANGE_URL_BINANCE=http://127.0.0.1:8080) sends that exchange's REST requests to
 * another origin, paths kept: a local imitation in tests, or a proxy.
 */
import { CcxtProvider } from './ccxt-provider.ts';

export const EXCHANGE_URL_ENV_PREFIX = 'BARWISE_EXCHANGE_URL_';

export function exchangeProvider(
  exchange: string,
  env: Readonly<Record<string, string | undefined>>,
): CcxtProvider {
  const baseUrl = env[`${EXCHANGE_URL_ENV_PREFIX}${exchange.toUpperCase()}`] || undefined;
  return new CcxtProvider({ exchange, baseUrl });
}
