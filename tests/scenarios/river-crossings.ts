import type { Scenario } from "@parley/api/testing";

/**
 * AN INVENTED ARTICLE, for the capture tests: its countries, people, places and wire service do not
 * exist. What the proposals make of it, as the tests rely on: every quotation and the reported
 * speech proposed with its speaker, the quote broken by "he said" as two statements, the first
 * continued by the second; the traders' "imminent" is a scare quote the proposals take for a
 * partial quote (a reviewer rejects it); the ministry's spokesman is proposed as a new actor
 * although Parley knows the ministry (a reviewer fixes the speaker); and "Mr Rell welcomed the talks
 * as 'frank and useful'" is a partial quote the proposals miss, "welcomed" being no verb of saying
 * (a reviewer adds it).
 */
export const riverCrossingsArticle =
  'VELDHAVEN (Parley Wire) - The foreign ministers of Ostravia and the Republic of Lunmark met in Veldhaven on Tuesday to discuss the reopening of the Brena river crossings, closed since a border dispute in the spring.\n\n"We came here to open the bridges, not to argue about maps," Tomas Rell, Ostravia\'s foreign minister, said after the talks. "Every week they stay closed costs the farmers on both banks their harvest," he said, "and we will not ask them to wait another season."\n\nLunmark\'s foreign minister, Ada Vinter, said her government was ready to reopen two of the four crossings within a month.\n\n"Lunmark wants the crossings open as much as anyone does," Ms Vinter told reporters. "But we will open them when the inspections are agreed, and not before."\n\n"We have been patient for long enough," the Ostravian minister added.\n\nTraders in Veldhaven, who have heard of "imminent" reopenings before, said they would believe it when the first lorries crossed.\n\nMr Rell welcomed the talks as "frank and useful".\n\nThe two ministers are to meet again in Lunmark\'s capital next month, a spokesman for the Ostravian foreign ministry said. Mr Rell, for his part, insisted that Ostravia would not accept inspections run by Lunmark alone.\n';

export const riverCrossings = {
  title: "[Ministers meet on the Brena crossings] (invented)",
  publisher: "Parley Wire (invented)",
  publishedOn: "2031-04-08",
  scareQuote: "imminent",
  spokesmanWords: "a spokesman for the Ostravian foreign ministry said",
  missedStatement: 'Mr Rell welcomed the talks as "frank and useful"',
} as const;

/** The ministry Parley already knows, which the spokesman speaks for. */
export const ostravianMinistry = {
  actors: {
    ministry: {
      slug: "ostravia-foreign-ministry",
      name: "Ostravian Ministry of Foreign Affairs",
      kind: "GOVERNMENT_BODY",
    },
  },
} satisfies Scenario;
