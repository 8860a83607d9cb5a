// Runs compromise in a process of its own for bench.mjs: its heap grows to hundreds of megabytes,
// and in the benchmark's process the collection of that garbage can land on Policy Lens's clock
// (its calls right after compromise once took 103 ms against 72). Each "run" message times one call.
// bench.mjs starts it with --expose-gc.
import { generate } from './corpus.mjs';
import { DOC_SIZE, now } from './measure.mjs';
import { compromiseEntities } from './peers.mjs';

const text = generate(DOC_SIZE);
let sink = 0;
process.on('message', (message) => {
  if (message === 'stop') process.exit(0);
  const start = now();
  sink += compromiseEntities(text);
  const ms = now() - start;
  // its garbage is collected here, before the answer, so that none of that collection runs while
  // Policy Lens is timed next
  globalThis.gc?.();
  process.send({ ms, sink });
});
process.send({ ready: true });
