/**
 * Small hand-kept word lists the people finder needs besides its statistical model: words that describe a
 * person's position (they precede or follow a name but are never part of it), and words that can never be a
 * person on their own. All entries are lowercase.
 */

/** Words that head a title or role ("President", "minister", "Mr."). Also used as a gazetteer feature. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. father sister brother sen sen. ' +
    'rep rep. gov gov. gen gen. col col. capt capt. lt lt. sgt sgt. maj maj. adm adm. cmdr cmdr. insp insp. ' +
    'president vice-president premier minister prime chancellor secretary leader chairman chairwoman chair ' +
    'chief ceo director deputy ambassador envoy spokesman spokeswoman spokesperson governor senator mayor king ' +
    'queen prince princess emperor pope cardinal archbishop bishop rabbi imam sheikh ayatollah general admiral ' +
    'commander colonel captain lieutenant sergeant major marshal judge justice attorney prosecutor coach manager ' +
    'striker midfielder defender goalkeeper captain chancellor foreign-minister president-elect dictator ruler ' +
    'official head founder owner executive analyst economist professor doctor journalist reporter correspondent ' +
    'editor author writer actor actress singer player champion candidate commissioner representative congressman ' +
    'congresswoman lawmaker legislator inspector superintendent officer aide adviser advisor counsellor counselor ' +
    'negotiator mediator delegate diplomat monarch sultan emir shah tsar czar sheik patriarch'
  ).split(' '),
);

/** Titles that name a position only together with another word ("Foreign Minister", "Prime Minister"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'foreign defence defense interior finance trade justice health education prime deputy vice first acting ' +
    'former interim supreme chief general executive senior junior state national federal unification economy ' +
    'energy culture labour labor agriculture environment industry transport home security intelligence army ' +
    'military opposition party parliamentary supreme ex- assistant associate managing'
  ).split(' '),
);

/** Months and weekdays: capitalised but never a person on their own. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun ' +
    'jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Words that end an organisation's name: a person's name never contains them. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(
  (
    'ministry department agency council committee commission university college institute association ' +
    'corporation corp corp. inc inc. ltd ltd. plc co co. company group bank party union federation league club ' +
    'office bureau court parliament assembly congress senate army navy police service services foundation ' +
    'society authority board organisation organization news times post journal airlines airways motors ' +
    'holdings systems technologies industries'
  ).split(' '),
);

/**
 * ORG_SUFFIXES plus company-form abbreviations and words that, after a name, make it a company ("Pirelli SpA",
 * "Salomon Bros"). Used by the rules only: the model's gazetteer feature keeps the list it was trained with.
 */
export const ORG_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ORG_SUFFIXES,
  ...'pharmaceuticals spa s.p.a. ag gmbh sa s.a. nv n.v. bv ab asa oyj llc lp plc. bros bros. international'.split(' '),
  ...'images photos research foods media press studios entertainment capital partners ventures labs'.split(' '),
]);

/**
 * Family names that, alone, are shared by a large share of a population (Korean, Chinese, Vietnamese): a bare
 * "Kim" or "Li" identifies nobody unless the article has named that person in full.
 */
export const AMBIGUOUS_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    'kim lee park choi choe jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song ryu hong ' +
    'li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao nguyen tran le pham'
  ).split(' '),
);

/** Words that start a name-internal particle ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'van von de der den del della di da du le la bin ibn al el dos das ter'.split(' '),
);

/** Words that end a place name ("Stewart Island", "North America"): a person's name never ends with them. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    'island islands isles beach america africa asia europe mountain mountains river lake bay sea ocean county ' +
    'street avenue road valley coast peninsula gulf strait canyon desert forest harbour harbor square bridge ' +
    'airport station province district region'
  ).split(' '),
);
