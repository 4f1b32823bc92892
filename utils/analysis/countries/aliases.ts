/**
 * Hand-curated additions to the generated gazetteer: the short forms and historical names English news uses, more
 * demonyms, and phrases that contain a country word but name something else.
 */

/** Names, aliases and historical names, by ISO 3166-1 alpha-2 code. All-capital forms must appear in capitals. */
export const NEWS_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States'],
  // CoNLL-2003 and most news treat the UK's constituent countries as countries of their own; they map to GB.
  GB: ['Britain', 'UK', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  NL: ['Holland'],
  KR: ['Korea', 'ROK', 'S. Korea'],
  KP: ['DPRK', 'N. Korea'],
  CN: ['PRC'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'Congo-Kinshasa', 'Zaire'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  CZ: ['Czech Republic'],
  MK: ['Macedonia'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  VN: ['Viet Nam'],
  CI: ["Cote d'Ivoire"],
  TR: ['Turkey', 'Turkiye'],
  VA: ['Vatican', 'Holy See'],
  // The Federal Republic of Yugoslavia (1992-2003), whose successor state is Serbia.
  RS: ['Yugoslavia', 'Federal Republic of Yugoslavia'],
};

/** Demonyms and adjectives beyond the generated ones. Plurals of all demonyms are generated. */
export const NEWS_DEMONYMS: Record<string, string[]> = {
  GB: ['Briton', 'Brit', 'Scottish', 'Scot', 'Welsh', 'Northern Irish'],
  US: ['U.S.-based'],
  PH: ['Philippine'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  KZ: ['Kazakh'],
  AZ: ['Azeri'],
  SI: ['Slovenian'],
  RS: ['Serb', 'Yugoslav'],
  HR: ['Croat'],
  PL: ['Pole'],
  SE: ['Swede'],
  DK: ['Dane'],
  FI: ['Finn'],
  TR: ['Turk'],
  SA: ['Saudi'],
  AR: ['Argentinian', 'Argentinean'],
  CO: ['Colombian'],
  EC: ['Ecuadorian'],
  SV: ['Salvadorean'],
  NP: ['Nepali'],
  LU: ['Luxembourgish'],
  IS: ['Icelandic'],
  CD: ['Zairean', 'Zairian'],
  CY: ['Cypriot'],
  TW: ['Taiwanese'],
  YE: ['Yemenite'],
};

/**
 * Phrases that contain a country word but do not mention the country: places named after it, regions, and the
 * continents. Matching is longest-first, so these swallow the country word inside them.
 */
export const BLOCKED: string[] = [
  'New Mexico',
  'New England',
  'New Jersey',
  'New South Wales',
  'New Guinea',
  'New Ireland',
  'Mexico City',
  'Guatemala City',
  'Panama City',
  'Kuwait City',
  'Panama Canal',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Latin American',
  'South American',
  'North American',
  'Central American',
  'African American',
  'African-American',
  'Latin-American',
  'Native-American',
  'Agence France-Presse',
  'Agence France Presse',
  'Netherlands Antilles',
  'Native American',
  'American Indian',
  'American Indians',
  'Indian Ocean',
  'West Indies',
  'West Indian',
  'East Indies',
  'Cleveland Indians',
  'South China Sea',
  'East China Sea',
  'Korean Peninsula',
  'Korean War',
  'British Columbia',
  'British Isles',
  'Jordan River',
  'River Jordan',
  'Jordan Valley',
  'Georgia Tech',
  "America's Cup",
  'Captain America',
  'Prince of Wales',
  'Princess of Wales',
  'Chinese Taipei',
  'Turkish Cypriot',
  'Greek Cypriot',
  'Ireland Island',
  'Taiwan Strait',
  'Taiwan Straits',
  // Former states: no ISO 3166-1 code of their own today, and not the present country of the same name.
  'East Germany',
  'West Germany',
  'North Yemen',
  'South Yemen',
  'South China Morning Post',
  'Santiago de Cuba',
];

/** Words after "Turkey" that make it the bird. */
export const TURKEY_FOOD = new Set(
  'sandwich sandwiches breast breasts dinner dinners burger burgers bacon leg legs meat roast slices gravy stuffing'.split(
    ' ',
  ),
);

/** Capitalised words before "of <country>" that make the whole phrase an organisation's name ("Bank of Japan"). */
export const ORG_HEADS = new Set(
  (
    'bank university college church museum institute party association league council chamber academy society ' +
    'company corporation order archbishop bishop voice boys girls daughters sons friends federation trust news ' +
    'agency forces front bishops corp associations commission tour'
  ).split(' '),
);

/**
 * Capitalised words after a country name or demonym that make the whole phrase the name of a company, a newspaper or
 * a sporting event ("Japan Airlines", "China Daily", "U.S. Open", "British Airways") rather than a mention of the
 * country. Government bodies ("U.S. Treasury", "Russian Defense Ministry") stay mentions of the country.
 */
export const ORG_TAILS = new Set(
  (
    'airlines airline airways tv online daily times post herald telecom telecommunications open cup masters grand ' +
    'inc corp ltd plc group holdings fund trust motors motor steel tobacco television radio broadcasting ' +
    'express petroleum oil gas railways rail shipping insurance life securities investment investments ' +
    'championship championships classic limited'
  ).split(' '),
);

/** Capitalised words right before a country name that make the whole a name ("Radio New Zealand", "Miss Venezuela"). */
export const ORG_PREFIXES = new Set(
  'air radio tv television bank banco miss club team tour environment statistics'.split(' '),
);

/** Capitalised words after a country name that make it part of a government body's name ("U.S. Treasury"). */
/**
 * Capitalised words after a country name that keep it a plain mention although more capitalised words follow: titles
 * ("U.S. Trade Representative Mickey Kantor", "Russian President"), dates ("in Japan Tuesday"). Any other run of
 * capitalised words after a country name makes it part of a larger name ("U.S. Navy", "Japan Credit Rating Agency").
 */
export const NOT_EMBEDDING = new Set(
  (
    'president presidents prime premier minister ministers foreign vice deputy ambassador ambassadors envoy ' +
    'secretary officials official leader leaders king queen crown prince princess general gen chancellor chief ' +
    'spokesman spokeswoman consul attorney representative rep sen senator senators governor gov judge justice ' +
    'commander troops forces police soldiers diplomats diplomat negotiator negotiators delegate delegation ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec and or but on in at ' +
    'to from for with speaker congressman congresswoman finmin olympic cardinal'
  ).split(' '),
);

/** Capitalised words before a country name that make the whole one of its regions ("Western Ukraine"). */
export const REGION_PREFIXES = new Set(
  (
    'western eastern northern southern central mount mid west east north south northeastern northwestern ' +
    'southeastern southwestern upper lower'
  ).split(' '),
);
