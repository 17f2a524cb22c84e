import { Random, Zipf } from "./random";
import { adjectives, adverbs, cities, countries, nouns, technicalTerms, territories, timePhrases, verbs } from "./vocabulary";

type Verb = (typeof verbs)[number];

/** Past participles that are not the past tense. */
const participles: Record<string, string> = { withdrew: "withdrawn" };
const participle = (verb: Verb) => participles[verb[2]] ?? verb[2];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "a" or "an" before a word, as it is spelt (close enough for these words). */
const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

const modals = ["will", "must", "cannot", "should", "will not", "can", "may", "would"];
const beliefs = ["believe", "think", "hope", "regret", "know", "insist", "expect", "fear"];
const prepositions = ["in", "with", "for", "across", "around", "beyond", "within", "against"];
const fragmentsOf = ["useful", "constructive", "difficult", "frank", "productive", "disappointing", "tough", "candid"];

/**
 * Sentences of diplomatic English. Each word list is drawn with Zipf weights
 * (steeper for places and technical terms), which gives the frequencies of
 * real text: a few words in most statements, a long tail in very few.
 */
const noun = new Zipf(nouns, 1.05);
const verb = new Zipf(verbs, 1.0);
const adjective = new Zipf(adjectives, 1.05);
const adverb = new Zipf(adverbs, 0.9);
const time = new Zipf(timePhrases, 0.9);
const technical = new Zipf(technicalTerms, 1.5);
const country = new Zipf(countries, 1.15);
const territory = new Zipf(territories, 1.2);
const city = new Zipf(
  cities.map(([name]) => name),
  1.1,
);

export class Prose {
  private readonly noun = noun;
  private readonly verb = verb;
  private readonly adjective = adjective;
  private readonly adverb = adverb;
  private readonly time = time;
  private readonly technical = technical;
  private readonly country = country;
  private readonly territory = territory;
  private readonly city = city;

  constructor(private readonly random: Random) {}

  place(): string {
    const x = this.random.next();
    if (x < 0.62) return this.country.draw(this.random);
    if (x < 0.87) return this.city.draw(this.random);
    return this.territory.draw(this.random);
  }

  term(): string {
    return this.technical.draw(this.random);
  }

  nounWord(): string {
    return this.noun.draw(this.random);
  }

  adjectiveWord(): string {
    return this.adjective.draw(this.random);
  }

  /** A noun phrase: "the joint proposal", "the security of Georgia", "Poland". */
  phrase(): string {
    const r = this.random;
    switch (r.int(8)) {
      case 0:
        return `the ${this.noun.draw(r)}`;
      case 1:
      case 2:
        return `the ${this.adjective.draw(r)} ${this.noun.draw(r)}`;
      case 3:
        return `our ${this.noun.draw(r)}`;
      case 4:
        return `the ${this.noun.draw(r)} of ${this.place()}`;
      case 5:
        return `the ${this.adjective.draw(r)} ${this.noun.draw(r)} of the ${this.noun.draw(r)}`;
      case 6:
        return this.place();
      default:
        return `the ${this.noun.draw(r)} in ${this.place()}`;
    }
  }

  /** A sentence as someone says it, first person, ending with a full stop. */
  spoken(): string {
    const r = this.random;
    const v = this.verb.draw(r);
    switch (r.int(11)) {
      case 0:
        return `We ${v[0]} ${this.phrase()} ${this.time.draw(r)}.`;
      case 1:
        return `${capitalise(this.phrase())} ${r.pick(modals)} ${v[0]} ${this.phrase()}.`;
      case 2:
        return `${this.adverb.draw(r)}, ${this.phrase()} ${v[2]} ${this.phrase()}.`;
      case 3:
        return `There can be no ${this.adjective.draw(r)} ${this.noun.draw(r)} without ${this.phrase()}.`;
      case 4:
        return `I ${r.pick(beliefs)} that ${this.phrase()} ${v[1]} ${this.phrase()}.`;
      case 5: {
        const adjective = this.adjective.draw(r);
        return `This is ${article(adjective)} ${adjective} ${this.noun.draw(r)} for ${this.place()} and for ${this.phrase()}.`;
      }
      case 6:
        return `${capitalise(this.phrase())} ${v[1]} ${this.phrase()}, and ${this.phrase()} ${this.verb.draw(r)[1]} ${this.phrase()}.`;
      case 7:
        return `We have ${participle(v)} ${this.phrase()} ${r.pick(prepositions)} ${this.place()}.`;
      case 8:
        return `The question of ${this.term()} ${r.pick(modals)} be settled ${r.pick(prepositions)} ${this.phrase()}.`;
      case 9:
        return `Any ${this.term()} ${r.pick(modals)} ${v[0]} ${this.phrase()} ${this.time.draw(r)}.`;
      default:
        return `${this.adverb.draw(r)}, we ${v[0]} ${this.phrase()} and ${this.verb.draw(r)[0]} ${this.phrase()}.`;
    }
  }

  /** One to `most` spoken sentences. */
  quote(most: number): string {
    const count = 1 + this.random.int(most);
    let text = this.spoken();
    for (let i = 1; i < count; i++) text += ` ${this.spoken()}`;
    return text;
  }

  /** A few words quoted within a sentence: "useful", "a historic mistake". */
  fragment(): string {
    const r = this.random;
    switch (r.int(5)) {
      case 0:
        return r.pick(fragmentsOf);
      case 1:
        return `${this.adjective.draw(r)} but ${this.adjective.draw(r)}`;
      case 2: {
        const adjective = this.adjective.draw(r);
        return `${article(adjective)} ${adjective} ${this.noun.draw(r)}`;
      }
      case 3:
        return `${this.adjective.draw(r)} ${this.noun.draw(r)} on ${this.term()}`;
      default:
        return `the ${this.noun.draw(r)} of ${this.phrase()}`;
    }
  }

  /** What someone is reported to have said, as a clause: "the talks would resume ...". */
  reported(): string {
    const r = this.random;
    const v = this.verb.draw(r);
    switch (r.int(4)) {
      case 0:
        return `${this.phrase()} would ${v[0]} ${this.phrase()} ${this.time.draw(r)}`;
      case 1:
        return `${this.phrase()} had ${participle(v)} ${this.phrase()}`;
      case 2:
        return `there could be no ${this.noun.draw(r)} without ${this.phrase()}`;
      default:
        return `any ${this.term()} ${r.pick(["would", "could", "should"])} ${v[0]} ${this.phrase()}`;
    }
  }

  /** A sentence of the reporter's own: background that no statement quotes. */
  background(): string {
    const r = this.random;
    switch (r.int(4)) {
      case 0: {
        const adjective = this.adjective.draw(r);
        return `The ${this.noun.draw(r)} of ${this.place()} has been ${article(adjective)} ${adjective} question for ${this.place()} for years.`;
      }
      case 1:
        return `Officials in ${this.place()} did not comment on ${this.phrase()}.`;
      case 2:
        return `${capitalise(this.phrase())} ${this.verb.draw(r)[2]} ${this.phrase()} earlier this year.`;
      default:
        return `Talks on ${this.term()} are expected to continue ${this.time.draw(r)}.`;
    }
  }
}

/** Lower-case words joined by hyphens, as the schema's slugs are. */
export function slugify(text: string, maxWords = 8): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, maxWords)
    .join("-");
}
