// The words the rules read English news by. Lists of the language, not of any article.

const inflect = (forms: string): string[] => forms.split(" ");

/** Verbs of saying, in the forms news prose reports with (past, present, perfect, and the -ing of a cue). */
export const SPEECH_VERBS = new Set(
  inflect(
    "said says say told tells added adds warned warns insisted insists argued argues stressed stresses claimed claims " +
      "noted notes wrote writes tweeted tweets posted posts declared declares announced announces acknowledged acknowledges " +
      "admitted admits asked asks replied replies urged urges described describes accused accuses explained explains " +
      "stated states confirmed confirms denied denies repeated repeats reiterated reiterates reaffirmed reaffirms " +
      "reinforced emphasised emphasized emphasises emphasizes underlined underlines complained complains predicted predicts " +
      "promised promises pledged pledges vowed vows conceded concedes maintained maintains contended contends asserted asserts " +
      "cautioned cautions suggested suggests responded responds retorted answered answers observed remarked recalled recalls " +
      "continued concluded countered objected boasted lamented insisted threatened threatens signalled signaled " +
      "saying telling adding warning insisting arguing stressing claiming noting writing tweeting declaring announcing " +
      // The plain present, for plural subjects ("officials describe", "critics argue"); forms that are also common
      // nouns (note, claim, state, answer, promise) are left out.
      "describe argue warn insist tell add accuse deny admit acknowledge urge explain confirm predict maintain contend " +
      "assert caution suggest respond complain concede reiterate stress",
  ),
);

/** Verbs of saying whose object is whom they spoke to or of, never an inverted speaker ("…, accused the rebels of …"). */
export const NOT_INVERTED = new Set(
  inflect(
    "told tells accused accuses urged urges described describes denied denies promised promises pledged pledges threatened threatens",
  ),
);

/** The -ing forms: a cue after a quote ("…,” she said, adding …) or a participle clause, never a reported clause's own verb. */
export const PARTICIPLES = new Set([...SPEECH_VERBS].filter((verb) => verb.endsWith("ing")));

/** Honorifics, with the gender they tell. */
export const HONORIFICS: Record<string, "m" | "f" | undefined> = {
  mr: "m",
  "mr.": "m",
  sir: "m",
  lord: "m",
  king: "m",
  prince: "m",
  ms: "f",
  "ms.": "f",
  mrs: "f",
  "mrs.": "f",
  miss: "f",
  dame: "f",
  lady: "f",
  queen: "f",
  princess: "f",
  madam: "f",
  sister: "f",
  father: "m",
  dr: undefined,
  "dr.": undefined,
  prof: undefined,
  "prof.": undefined,
  professor: undefined,
  rev: undefined,
  "rev.": undefined,
  reverend: undefined,
};

/** Words of a title before a name ("Foreign Minister", "Secretary of State", "U.N. mediator"). */
export const TITLE_WORDS = new Set(
  inflect(
    "president vice prime minister secretary state foreign defence defense interior finance home deputy chancellor " +
      "ambassador envoy special senator sen. rep. representative governor gov. mayor general gen. admiral colonel col. " +
      "captain capt. major lieutenant lt. commander marshal chief justice judge " +
      "mediator negotiator premier chairman chairwoman chair director commissioner high supreme pope cardinal archbishop " +
      "bishop sheikh emir crown secretary-general foreign-minister of the for to un u.n. eu nato us u.s. uk",
  ),
);

/** Nouns naming a role a person speaks in ("the foreign minister", "one diplomat", "officials"). */
export const ROLE_NOUNS = new Set(
  inflect(
    "minister ministers secretary president vice-president spokesman spokeswoman spokesperson spokespeople ambassador ambassadors " +
      "envoy envoys official officials diplomat diplomats source sources counterpart counterparts chancellor premier leader " +
      "leaders negotiator negotiators aide aides adviser advisers advisor advisors analyst analysts expert experts chief head " +
      "general commander mediator mediators delegate delegates representative representatives senator senators lawmaker " +
      "lawmakers mp mps researcher researchers observer observers officer officers governor mayor king queen monarch " +
      "people person insider insiders member members witness witnesses campaigner campaigners agent agents trader traders " +
      "director directors coordinator coordinators chair chairman chairwoman commissioner deputy deputies legislator legislators " +
      "republican republicans democrat democrats activist activists resident residents host hosts side sides ally allies " +
      "critic critics supporter supporters opponent opponents colleague colleagues correspondent journalist journalists",
  ),
);

/** Nouns that make a noun phrase an organisation ("the foreign ministry", "Corvia’s delegation"). */
export const ORGANISATION_NOUNS = new Set(
  inflect(
    "ministry department government office embassy delegation presidency kremlin council commission committee agency army " +
      "military parliament party union organisation organization alliance court bank fund company administration cabinet " +
      "secretariat mission consulate authorities police forces cross crescent chamber institute centre center university " +
      "service services command coalition federation league group association nations states kingdom republic " +
      "authority newspaper daily weekly broadcaster television radio board panel tribunal assembly senate congress bureau " +
      "directorate watchdog regulator foundation movement opposition magazine channel paper website",
  ),
);

const SPOKESPERSON = /^spokes(?:man|woman|person|people)$/i;
export const SPOKESPERSON_GENDER: Record<string, "m" | "f" | undefined> = { spokesman: "m", spokeswoman: "f" };
export const isSpokespersonNoun = (word: string): boolean => SPOKESPERSON.test(word);

/** Determiners and quantifiers that make a role noun phrase anonymous ("a diplomat", "one official", "two sources"). */
export const INDEFINITE = new Set(inflect("a an one two three several some many other senior most few both"));

/** Pronouns that refer to a speaker, with their gender and number. */
export const PRONOUNS: Record<string, { gender?: "m" | "f"; plural: boolean }> = {
  he: { gender: "m", plural: false },
  she: { gender: "f", plural: false },
  they: { plural: true },
};

/** Words that can stand between a subject and its verb ("she also said", "he has told", "they later added"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  inflect(
    "also later again then has have had just now once repeatedly separately previously earlier today yesterday still already further too " +
      "both all each privately publicly openly reportedly firmly flatly quietly bluntly angrily strongly sharply formally officially",
  ),
);

/** Before a verb of saying, these make it no report: passive, modal, negated or infinitive ("was asked", "would say", "did not say"). */
export const NOT_A_REPORT_BEFORE_VERB = new Set(
  inflect("was were is are be been being would could might may should must will shall to not never n't cannot can did does do"),
);

/** Finite auxiliaries: a phrase holding one is a clause, not a noun phrase ("the administration was rewarding …"). */
export const FINITE_AUXILIARIES = new Set(
  inflect("was were is are has have had would could might may should must will shall did does do can cannot"),
);

/** Words that join two clauses of one sentence, where a second speaker's clause may start. */
export const CLAUSE_JOINERS = new Set(inflect("and but while whereas; although though yet"));

/** Words that open an adverbial after a verb of saying ("said on Thursday", "told reporters in Vell"). */
export const ADVERBIAL_OPENERS = new Set(
  inflect("in on at after before during earlier later late yesterday today tonight last this since when while as from by through via"),
);

/** Capitalised words that never begin a person's name. */
export const NOT_NAMES = new Set(
  inflect(
    "the a an and but or if when while as in on at of for to from by with this that these those it its he she they we i you " +
      "his her their our my your there here update updated breaking context analysis comment monday tuesday wednesday " +
      "thursday friday saturday sunday january february march april may june july august september october november " +
      "december mon tue wed thu fri sat sun feb apr jun jul aug sep sept oct nov dec gmt bst utc cet est pst " +
      "welcome asked speaking earlier later meanwhile however after before during yesterday today tomorrow tonight some " +
      "one two both all no not nobody everybody everyone anyone what who why how where which whose analysts officials " +
      "diplomats sources minister president secretary",
  ),
);
