/** color.*: packed-number colors (see color.ts). */
export * from './color.ts';
