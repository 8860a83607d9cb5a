/**
 * The Node flags the language server is started with, here and in the benchmark (and, by the
 * README, in other editors). V8 lets its young generation grow to 16 MB a semi-space on 64-bit
 * machines, and the server's start-up (loading the knowledge base) grows it there at once: two
 * semi-spaces of resident memory that an analysis, which keeps most of what it makes, gains nothing
 * from. At 8 MB the server with 100 open 100 KB documents held 182 MB instead of 198 (three servers
 * each), with full analyses of 1 MB no slower (82 against 89 ms, medians of six processes each,
 * alternating) and keystrokes in a 1 MB document alike; at 4 MB and below, each analysis of 1 MB
 * made V8 take about 900 new pages from the system, where at 8 it took none.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/**
 * The environment the language server is started with, besides the editor's own. glibc's malloc
 * serves a large block from its own mapping and returns it at once, but after freeing one it raises
 * that size limit to the block's size (up to 32 MB): the server's start-up reads knowledge-base
 * files of up to 2.2 MB, and after them every message, document and buffer under that size came from
 * the heap that malloc keeps, so resident memory stayed high once they were freed. A fixed limit of
 * 128 KB (malloc's default before it adjusts) keeps large blocks mapped and returned: with 100 open
 * 100 KB documents the server held 183 MB instead of 207 (round 59, two servers each). Other C
 * libraries ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };
