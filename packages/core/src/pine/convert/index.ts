/** Pine → TypeScript conversion (`barwise convert`). */
export { type ConvertOptions, convertToTypeScript } from './convert-to-typescript.ts';
export { indentGeneratedCode } from './indent-generated-code.ts';
