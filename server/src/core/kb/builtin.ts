import type { KbSourceFile } from './loader';
import treaties from './data/treaties.json';
import states from './data/states.json';
import capitals from './data/capitals.json';
import organizations from './data/organizations.json';
import people from './data/people.json';
import places from './data/places.json';
import vessels from './data/vessels.json';

/** The knowledge base that ships with Policy Lens, as files for the loader. */
export const builtinKbFiles: readonly KbSourceFile[] = [
  { name: 'builtin:states', data: states },
  { name: 'builtin:capitals', data: capitals },
  { name: 'builtin:organizations', data: organizations },
  { name: 'builtin:people', data: people },
  { name: 'builtin:places', data: places },
  { name: 'builtin:vessels', data: vessels },
  { name: 'builtin:treaties', data: treaties },
];
