/** The SQL databases Barwise runs on. */
export type SqlDialect = 'sqlite' | 'postgres';
