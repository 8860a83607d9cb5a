/**
 * The parts of zod that the knowledge base's schemas use, imported by name. zod's `z` is one object
 * that holds all of zod, its 48 locales and its JSON Schema converters, so a bundle that imports `z`
 * keeps all of them: 455 KB of the server's 1.1 MB minified bundle, which Node reads and parses at
 * every start. Imported by name, the bundler keeps what is used (85 KB).
 */
export { array, boolean, discriminatedUnion, enum, literal, number, object, record, string, unknown, url } from 'zod';
export type { infer } from 'zod';
