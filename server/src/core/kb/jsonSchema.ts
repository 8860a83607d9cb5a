import { toJSONSchema } from 'zod';
import * as z from './zodParts';
import { schemas } from './schema';

/**
 * The JSON Schema of a knowledge-base file, generated from the same zod schemas the loader uses,
 * so editors can complete and validate the user's entries. Written to `server/schema/kb.schema.json`.
 */
export function kbJsonSchema(): Record<string, unknown> {
  const file = z.object({
    $schema: z.string().optional(),
    entries: z.array(schemas().entrySchema).describe('Treaties, actors and places; later files override entries with the same id.'),
  });
  return {
    ...toJSONSchema(file, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://policy-lens.invalid/kb.schema.json',
    title: 'Policy Lens knowledge-base file',
  };
}
