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
