/** `T` with its readonly fields writable: for the scratch objects hot paths overwrite instead of allocating. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
