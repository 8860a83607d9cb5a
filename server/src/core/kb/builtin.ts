import { BUILTIN_PREFIX, type KbSourceFile } from './loader';
import treaties from './data/treaties.json';
import states from './data/states.json';
import capitals from './data/capitals.json';
import organizations from './data/organizations.json';
import people from './data/people.json';
import places from './data/places.json';
import vessels from './data/vessels.json';

/** The knowledge base that ships with Policy Lens, as files for the loader. */
export const builtinKbFiles: readonly KbSourceFile[] = [
  { name: `${BUILTIN_PREFIX}states`, data: states },
  { name: `${BUILTIN_PREFIX}capitals`, data: capitals },
  { name: `${BUILTIN_PREFIX}organizations`, data: organizations },
  { name: `${BUILTIN_PREFIX}people`, data: people },
  { name: `${BUILTIN_PREFIX}places`, data: places },
  { name: `${BUILTIN_PREFIX}vessels`, data: vessels },
  { name: `${BUILTIN_PREFIX}treaties`, data: treaties },
];
