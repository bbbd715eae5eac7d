/** What the strategy library stores and returns: a named script, its versions and its tags. */

export type StrategyLanguage = 'pine' | 'ts';

export const STRATEGY_LANGUAGES: readonly StrategyLanguage[] = ['pine', 'ts'];

export interface StrategySummary {
  readonly id: string;
  readonly name: string;
  readonly language: StrategyLanguage;
  readonly description: string;
  /** Sorted, without duplicates. */
  readonly tags: string[];
  /** The latest version number, from 1. */
  readonly version: number;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A strategy with the source of one version (`version` is that version's number). */
export interface StoredStrategy extends StrategySummary {
  readonly source: string;
  /** The latest version number, which `version` equals unless an older one was asked for. */
  readonly latestVersion: number;
  readonly deleted: boolean;
}

export interface StrategyVersionInfo {
  readonly version: number;
  readonly createdAt: string;
}

export interface NewStrategy {
  readonly name: string;
  readonly source: string;
  readonly language: StrategyLanguage;
  readonly description?: string | undefined;
  readonly tags?: readonly string[] | undefined;
}

/** Fields to change; a source different from the latest one makes a new version. */
export interface StrategyPatch {
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly source?: string | undefined;
}

export interface StrategyFilter {
  /** Case-insensitive substring of the name or the description. */
  readonly q?: string | undefined;
  /** Only strategies carrying this tag. */
  readonly tag?: string | undefined;
}
