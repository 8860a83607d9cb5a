import * as z from './zodParts';

/**
 * The knowledge-base record format. Built-in data (`kb/data/*.json`) and the user's own files
 * (`.policy-lens/*.json|yaml`) are validated by these same schemas, and the JSON Schema that editors
 * use for completion is generated from them.
 */

export const treatyTypes = [
  'treaty',
  'convention',
  'agreement',
  'memorandum',
  'protocol',
  'accord',
  'charter',
  'final-act',
  'declaration',
  'framework',
  'statute',
  'resolution',
  'other',
] as const;

export const treatyDomains = [
  'arms-control',
  'non-proliferation',
  'european-security',
  'founding',
  'law-of-war',
  'human-rights',
  'trade',
  'climate',
  'environment',
  'middle-east',
  'asia-pacific',
  'africa',
  'americas',
  'historical',
  'territorial',
  'maritime',
  'space',
  'economic',
  'international-law',
  'other',
] as const;

/**
 * in-force: binding and operative; terminated: ended for all parties; withdrawn: a named party left
 * (it may remain in force among others); suspended: operation suspended; expired: ran out by its
 * own terms; not-in-force: signed but never entered into force; superseded: replaced by a later
 * instrument; pending: signed, awaiting entry into force; political: a politically (not legally)
 * binding document that still guides policy; historical: concluded long ago, no longer operative.
 */
export const treatyStatuses = [
  'in-force',
  'terminated',
  'withdrawn',
  'suspended',
  'expired',
  'not-in-force',
  'superseded',
  'pending',
  'political',
  'historical',
] as const;

export const actorCategories = ['state', 'organization', 'institution', 'person', 'group', 'vessel'] as const;

export const placeCategories = [
  'city',
  'region',
  'territory',
  'sea',
  'strait',
  'river',
  'island',
  'peninsula',
  'area',
] as const;


/**
 * Builds the zod schemas. Built on first use, not at load: the server's built-in data come
 * prevalidated by the build, so most sessions validate nothing and need not pay for the schemas.
 */
function buildSchemas() {
  /** A date with the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  const isoDate = z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

  /** Ids are kebab-case ASCII, stable across releases: other entries and users refer to them. */
  const entryId = z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id in kebab-case, e.g. "new-start"');

  const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');
  const names = z.array(nonEmpty).default([]);

  const commonFields = {
    id: entryId,
    /** The canonical name, as the parties, the depositary or the entity itself write it. */
    name: nonEmpty,
    /** Other accepted names, matched case-insensitively (but never on all-lowercase text unless written so here: "eurozone"). */
    aliases: names,
    /** Acronyms and abbreviations, matched with their exact case ("US", "U.S.", "NATO"). */
    acronyms: names,
    /** Forms writers use that are not the canonical name; recognized, and flagged by the naming rules. */
    variants: names,
    /**
     * Names this entry deliberately shares with other entries; context decides between them. A name
     * no other entry has may stand for something the knowledge base lacks, and names this entry
     * only where the document has one of its `context` words.
     */
    ambiguous: names,
    /** Words that, in the same document, favour this entry when one of its names is ambiguous. */
    context: names,
    /**
     * Context words of one `ambiguous` name, read for it instead of `context`: "MoD" is Britain's
     * defence ministry beside "British" or "Whitehall", words that must not make its generic
     * "Ministry of Defence" Britain's in a text on another state that names Britain too.
     */
    nameContext: z.record(nonEmpty, z.array(nonEmpty).min(1)).default({}),
    /**
     * Single words that name this entry after "the" once the document has named it in full ("the
     * Commission" after "the European Commission", "the North" after "North Korea"), or by an
     * acronym or its parent organization where no other entry of that word is named ("the
     * Commission" after "EU"; see `EntryChooser.namedInFull`); never alone.
     */
    shortForms: z.array(nonEmpty.regex(/^\S+$/, 'expected a single word')).default([]),
    /**
     * Names the entity stopped going by, each also one of its aliases, acronyms or variants (so that
     * the scan finds it): "Swaziland", until Eswatini's renaming on 19 April 2018. `current` is what
     * replaces it where that is not `name` ("FCDO" for "FCO"). Read by the former-name rule.
     */
    formerNames: z
      .array(z.object({ name: nonEmpty, until: isoDate, current: nonEmpty.optional(), source: z.url({ message: 'expected the URL of a public source' }) }))
      .optional(),
    /** Two or three sentences in our own words. */
    summary: z.string().trim().min(20, 'expected a summary of at least 20 characters'),
    /** An authoritative public page that supports the facts of the entry. */
    source: z.url({ message: 'expected the URL of a public source' }),
    /** Further sources for individual facts. */
    sources: z.array(z.url()).optional(),
    /** The date the entry's facts were last checked; statuses are "as of" this date. */
    reviewed: isoDate,
  };

  const treatyStatus = z.object({
    value: z.enum(treatyStatuses),
    date: isoDate.optional(),
    note: nonEmpty,
  });

  /** A dated change in a treaty's life: a withdrawal, a suspension, a termination. */
  const treatyEvent = z
    .object({
      date: isoDate,
      /** The status the treaty has from this date on, when the event changes it. */
      status: z.enum(treatyStatuses).optional(),
      /** The party that acted, when one did. */
      actor: entryId.optional(),
      /** The actor stopped being a party on this date (its withdrawal took effect), or became one again. */
      party: z.enum(['left', 'joined']).optional(),
      note: nonEmpty,
    })
    .refine((event) => event.party === undefined || event.actor !== undefined, { message: 'expected an "actor" beside "party": the party that left or joined', path: ['party'] });

  const treatySchema = z.object({
    ...commonFields,
    kind: z.literal('treaty'),
    officialTitle: nonEmpty,
    type: z.enum(treatyTypes),
    domain: z.array(z.enum(treatyDomains)).min(1),
    signed: z.object({ date: isoDate, place: nonEmpty.optional() }).optional(),
    inForce: isoDate.optional(),
    status: treatyStatus,
    events: z.array(treatyEvent).default([]),
    parties: z
      .object({
        actors: z.array(entryId).optional(),
        count: z.number().int().nonnegative().optional(),
        signedNotRatified: z.array(entryId).optional(),
        note: nonEmpty.optional(),
      })
      .optional(),
    depositary: nonEmpty.optional(),
    related: z
      .object({
        supersedes: z.array(entryId).optional(),
        supersededBy: z.array(entryId).optional(),
        amends: z.array(entryId).optional(),
        amendedBy: z.array(entryId).optional(),
        implements: z.array(entryId).optional(),
        partOf: entryId.optional(),
      })
      .optional(),
  });

  /** The fields of a dated period: memberships, offices, control of a place. */
  const period = { from: isoDate, to: isoDate.optional(), note: nonEmpty.optional() };

  /** Membership of an actor in an organization, with dates. */
  const membership = z.object({ org: entryId, ...period });

  /**
   * An office a person held. `of` is the state or organization the office belongs to. An office
   * still open may say when the sources last showed its holder in it (`confirmed`), where that is
   * before the entry was reviewed: the office may have ended since without a source to date it.
   */
  const office = z
    .object({ title: nonEmpty, of: entryId.optional(), ...period, confirmed: isoDate.optional() })
    .refine((o) => o.confirmed === undefined || o.to === undefined, { message: 'expected no "confirmed" beside "to": it says when an office still open was last seen held', path: ['confirmed'] });

  const actorSchema = z.object({
    ...commonFields,
    kind: z.literal('actor'),
    category: z.enum(actorCategories),
    /** Demonyms and adjectival forms: "Russian", "Ukrainian". */
    adjectives: names,
    memberships: z.array(membership).default([]),
    state: z
      .object({
        longName: nonEmpty.optional(),
        iso2: z.string().regex(/^[A-Z]{2}$/).optional(),
        iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
        /** The place entry of the seat of government, whose name is used as a metonym. */
        capital: entryId.optional(),
        /**
         * The capital's name when it has no entry of its own, because many places share it
         * ("Kingston", "Victoria"): shown in hovers, and a real name, never a slip of another.
         */
        capitalName: nonEmpty.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        predecessors: z.array(entryId).optional(),
        successors: z.array(entryId).optional(),
        /** UN status: member, observer (Holy See, Palestine) or none. */
        un: z.enum(['member', 'observer', 'none']).optional(),
      })
      .optional(),
    org: z
      .object({
        founded: isoDate.optional(),
        dissolved: isoDate.optional(),
        seat: nonEmpty.optional(),
        /** For a body inside a larger organization or a national institution: its parent. */
        parent: entryId.optional(),
        memberCount: z.number().int().nonnegative().optional(),
        /**
         * When `memberCount` became the count (the last accession, withdrawal or expulsion): from
         * then on a text that gives another count is wrong. Not needed where the states' dated
         * `memberships` of the organization are complete (NATO, the EU).
         */
        memberCountSince: isoDate.optional(),
        /**
         * The days the bodies it continues were founded, from which its anniversaries are also
         * counted: the OSCE's from the CSCE's Helsinki Final Act (1975-08-01), not only from 1995.
         */
        forerunnersFounded: z.array(isoDate).optional(),
        /**
         * A state's ministry or central bank: the titles of the offices that head it, as the
         * people's records write them among the offices of `parent` ("Secretary of Commerce",
         * "Governor of the Bank of England"). Its hover lists who held them on the document date.
         */
        headTitles: z.array(nonEmpty).optional(),
      })
      .optional(),
    person: z
      .object({
        offices: z.array(office).default([]),
        /** Whether the surname alone names this person; default: when no other person shares it. */
        surnameAlone: z.boolean().optional(),
        /** The family name as written, when it is not the name's last word: East Asian order ("Xi" of "Xi Jinping", "Lee" of "Lee Jae-myung"). */
        surname: z.string().min(2).optional(),
        born: isoDate.optional(),
        died: isoDate.optional(),
      })
      .optional(),
  });

  /** Who controls a place, from when. */
  const control = z.object({ by: entryId, ...period });

  /** A period during which a city was the seat of a government, so its name stands for that actor. */
  const seat = z.object({
    actor: entryId,
    from: isoDate.optional(),
    to: isoDate.optional(),
  });

  const placeSchema = z.object({
    ...commonFields,
    kind: z.literal('place'),
    category: z.enum(placeCategories),
    /** The state the place belongs to in international law, where one is recognized. */
    deJure: entryId.optional(),
    control: z.array(control).default([]),
    seatOf: z.array(seat).default([]),
  });

  const entrySchema = z.discriminatedUnion('kind', [treatySchema, actorSchema, placeSchema]);

  /** A knowledge-base file: built-in data and user files share this shape. */
  const kbFileSchema = z.object({
    $schema: z.string().optional(),
    entries: z.array(z.unknown()),
  });

  return { treatySchema, actorSchema, placeSchema, entrySchema, kbFileSchema };
}

let built: ReturnType<typeof buildSchemas> | undefined;

/** The schemas of the knowledge-base format, built once. */
export const schemas = () => (built ??= buildSchemas());

type Schemas = ReturnType<typeof buildSchemas>;

export type TreatyEntry = z.infer<Schemas['treatySchema']>;
/** A dated change in a treaty's life (see `treatyEvent`). */
export type TreatyEvent = TreatyEntry['events'][number];
export type ActorEntry = z.infer<Schemas['actorSchema']>;
export type Membership = ActorEntry['memberships'][number];
export type PlaceEntry = z.infer<Schemas['placeSchema']>;
export type Entry = z.infer<Schemas['entrySchema']>;
export type TreatyStatus = (typeof treatyStatuses)[number];
