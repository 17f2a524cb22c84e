import type { Dataset } from "./dataset";

const onTheDay = "2014-03-14";

/**
 * The 14 March 2014 Kerry–Lavrov talks in London, from the news article in
 * prisma/data. Every event the article reports or announces, every actor it
 * names, every statement it attributes. Choices made in reading it:
 * - The article gives no clock times: events carry the day (DAY precision)
 *   and their order in it. Hague spoke "earlier on Friday", before the talks;
 *   the MFA post came after "a break" in them; the two press conferences
 *   followed, in an order the article does not give, so they share a place.
 * - The article quotes Kerry and Lavrov without naming each occasion; they
 *   spoke "in separate press conferences", so their statements are given to
 *   those.
 * - Ties are attested by this article on this day only, so their validity
 *   interval is that day; other sources widen it.
 * - The pull quote ("It means immeasurably more...") repeats a quote from the
 *   body: one statement, whose excerpt is the body's, where it is attributed.
 * - The article names no headline, publisher or URL: the title is a
 *   cataloguer's, in square brackets, and the rest stays empty.
 */
export const kerryLavrovLondon: Dataset = {
  source: {
    slug: "2014-03-14-kerry-lavrov-london",
    kind: "ARTICLE",
    title: "[Kerry and Lavrov talks in London on Ukraine and the Crimean referendum]",
    publishedOn: onTheDay,
    language: "en-GB",
    file: "2014-03-14-kerry-lavrov-london.txt",
  },

  topics: [
    {
      slug: "crimean-referendum",
      name: "The Crimean referendum",
      description: "The referendum on the status of Crimea, set for Sunday 16 March 2014, and its legitimacy.",
    },
    {
      slug: "london-talks",
      name: "The London talks",
      description: "The Kerry–Lavrov talks in London on the Ukrainian crisis, and whether they made progress.",
    },
    {
      slug: "choices-of-ukrainians",
      name: "Respecting the choices of Ukrainians",
      description: "The words both Kerry and Lavrov used, with opposite meanings.",
    },
    { slug: "status-of-crimea", name: "The status of Crimea", description: "What Crimea is, and whom it belongs to." },
    {
      slug: "international-law-precedents",
      name: "Precedents in international law",
      description: "Territorial cases cited as precedents for Crimea: the Falklands, Comoros.",
    },
    {
      slug: "consequences-for-russia",
      name: "Sanctions and other consequences for Russia",
      description: "Measures the EU and the USA might take against Russia over Crimea.",
    },
  ],

  actors: [
    {
      slug: "john-kerry",
      name: "John Kerry",
      kind: "PERSON",
      names: ["John Kerry", "US Secretary of State John Kerry", "the US Secretary of State", "Mr Kerry", "Secretary Kerry"],
    },
    {
      slug: "sergei-lavrov",
      name: "Sergei Lavrov",
      kind: "PERSON",
      names: ["Sergei Lavrov", "his Russian counterpart", "the Russian foreign minister", "Mr Lavrov"],
    },
    {
      slug: "william-hague",
      name: "William Hague",
      kind: "PERSON",
      names: ["William Hague", "British Foreign Secretary William Hague", "Mr Hague"],
    },
    { slug: "united-states", name: "United States", kind: "STATE", names: ["the United States", "US", "the USA", "Washington"] },
    { slug: "russia", name: "Russia", kind: "STATE", names: ["Russia"] },
    { slug: "united-kingdom", name: "United Kingdom", kind: "STATE", names: ["the United Kingdom", "Britain", "UK"] },
    { slug: "france", name: "France", kind: "STATE", names: ["France"] },
    { slug: "comoros", name: "Comoros", kind: "STATE", names: ["Comoros"] },
    { slug: "ukraine", name: "Ukraine", kind: "STATE", names: ["Ukraine"] },
    { slug: "crimea", name: "Crimea", kind: "TERRITORY", names: ["Crimea"] },
    { slug: "falkland-islands", name: "Falkland Islands", kind: "TERRITORY", names: ["the Falklands"] },
    { slug: "european-union", name: "European Union", kind: "ORGANIZATION", names: ["the EU", "Europe"] },
    {
      slug: "russian-ministry-of-foreign-affairs",
      name: "Ministry of Foreign Affairs of Russia",
      kind: "GOVERNMENT_BODY",
      names: ["MFA Russia"],
    },
    {
      slug: "mfa-russia-account",
      name: "@mfa_russia",
      kind: "SOCIAL_MEDIA_ACCOUNT",
      description: "The Russian foreign ministry's account on Twitter.",
      names: ["MFA Russia (@mfa_russia)", "@mfa_russia"],
    },
    { slug: "russian-parliament", name: "Russian parliament", kind: "GOVERNMENT_BODY", names: ["the Russian parliament"] },
    { slug: "international-community", name: "International community", kind: "GROUP", names: ["the international community"] },
    { slug: "people-of-ukraine", name: "People of Ukraine", kind: "GROUP", names: ["the people of Ukraine", "Ukrainians"] },
  ],

  ties: [
    {
      actor: "john-kerry",
      kind: "HOLDS_OFFICE_IN",
      relatedActor: "united-states",
      title: "Secretary of State",
      validFrom: onTheDay,
      validTo: onTheDay,
      attestedBy: { text: "US Secretary of State John Kerry" },
    },
    {
      actor: "sergei-lavrov",
      kind: "HOLDS_OFFICE_IN",
      relatedActor: "russia",
      title: "Foreign Minister",
      validFrom: onTheDay,
      validTo: onTheDay,
      attestedBy: { text: "the Russian foreign minister" },
    },
    {
      actor: "william-hague",
      kind: "HOLDS_OFFICE_IN",
      relatedActor: "united-kingdom",
      title: "Foreign Secretary",
      validFrom: onTheDay,
      validTo: onTheDay,
      attestedBy: { text: "British Foreign Secretary William Hague" },
    },
    {
      actor: "russian-ministry-of-foreign-affairs",
      kind: "OPERATES_ACCOUNT",
      relatedActor: "mfa-russia-account",
      validFrom: onTheDay,
      validTo: onTheDay,
      attestedBy: { text: "— MFA Russia (@mfa_russia)" },
    },
    {
      actor: "russian-ministry-of-foreign-affairs",
      kind: "PART_OF",
      relatedActor: "russia",
      validFrom: onTheDay,
      validTo: onTheDay,
      attestedBy: { text: "MFA Russia" },
    },
    {
      actor: "russian-parliament",
      kind: "PART_OF",
      relatedActor: "russia",
      validFrom: onTheDay,
      validTo: onTheDay,
      attestedBy: { text: "the Russian parliament" },
    },
  ],

  events: [
    {
      slug: "hague-on-the-london-talks",
      title: "William Hague on the coming talks and the referendum",
      kind: "STATEMENT",
      summary:
        "Before the talks, the British Foreign Secretary says they will be formidably difficult and that the Crimean referendum is not legitimate.",
      startsAt: "2014-03-14T00:00:00.000Z",
      timePrecision: "DAY",
      timeZone: "Europe/London",
      orderInDay: 1,
      status: "OCCURRED",
      participants: [{ actor: "william-hague", role: "SPEAKER" }],
      topics: ["london-talks", "crimean-referendum"],
      reportedBy: [
        {
          text: "Earlier on Friday, British Foreign Secretary William Hague said the talks between the US and Russia would be “formidably difficult”.",
        },
      ],
    },
    {
      slug: "kerry-lavrov-talks-london",
      title: "Kerry and Lavrov hold talks in London",
      kind: "MEETING",
      summary:
        "Intense talks between the US Secretary of State and the Russian foreign minister, aimed at solving the Ukrainian crisis, make little progress.",
      startsAt: "2014-03-14T00:00:00.000Z",
      timePrecision: "DAY",
      timeZone: "Europe/London",
      orderInDay: 2,
      place: "London",
      status: "OCCURRED",
      participants: [
        { actor: "john-kerry", role: "PARTICIPANT" },
        { actor: "sergei-lavrov", role: "PARTICIPANT" },
        { actor: "ukraine", role: "SUBJECT" },
      ],
      topics: ["london-talks", "crimean-referendum"],
      reportedBy: [
        {
          text: "Intense talks between the Russian foreign minister and the US Secretary of State in London, aimed at solving the Ukrainian crisis, appear to have made little progress.",
        },
      ],
    },
    {
      slug: "mfa-russia-break-is-over-post",
      title: "The Russian foreign ministry posts that the talks have resumed",
      kind: "SOCIAL_MEDIA_POST",
      summary: "After a break in the talks, the ministry's account posts a picture: the match continues.",
      startsAt: "2014-03-14T00:00:00.000Z",
      timePrecision: "DAY",
      timeZone: "Europe/London",
      orderInDay: 3,
      status: "OCCURRED",
      participants: [{ actor: "mfa-russia-account", role: "AUTHOR" }],
      topics: ["london-talks"],
      reportedBy: [{ text: "Break is over. Match continues. pic.twitter.com/C3Dmf4rq2D\n— MFA Russia (@mfa_russia) March 14, 2014" }],
    },
    {
      slug: "lavrov-press-conference-london",
      title: "Sergei Lavrov's press conference after the talks",
      kind: "PRESS_CONFERENCE",
      summary:
        "Lavrov calls the talks useful but says disagreements remain, casts Crimea in terms of historic precedents and calls sanctions counter-productive.",
      startsAt: "2014-03-14T00:00:00.000Z",
      timePrecision: "DAY",
      timeZone: "Europe/London",
      orderInDay: 4,
      status: "OCCURRED",
      participants: [{ actor: "sergei-lavrov", role: "SPEAKER" }],
      topics: ["london-talks", "crimean-referendum", "international-law-precedents", "consequences-for-russia"],
      reportedBy: [
        { text: "In separate press conferences, Mr Lavrov said the talks had been “useful” but there were still “disagreements”" },
        { text: "Mr Lavrov was also asked about potential sanctions being placed on the country by the EU and the USA." },
      ],
    },
    {
      slug: "kerry-press-conference-london",
      title: "John Kerry's press conference after the talks",
      kind: "PRESS_CONFERENCE",
      summary:
        "Kerry calls the talks constructive but without a common vision, says the referendum's results will not be recognised and warns of consequences for Russia.",
      startsAt: "2014-03-14T00:00:00.000Z",
      timePrecision: "DAY",
      timeZone: "Europe/London",
      orderInDay: 4,
      status: "OCCURRED",
      participants: [{ actor: "john-kerry", role: "SPEAKER" }],
      topics: ["london-talks", "crimean-referendum", "consequences-for-russia"],
      reportedBy: [
        {
          text: "In separate press conferences, Mr Lavrov said the talks had been “useful” but there were still “disagreements” and Mr Kerry said the talks had been “constructive” but there had been “no common vision”.",
        },
      ],
    },
    {
      slug: "crimean-referendum-2014",
      title: "Crimean referendum",
      kind: "REFERENDUM",
      summary: "The referendum on the status of Crimea, set to take place on Sunday 16 March 2014.",
      // Sunday 16 March 2014 began at 22:00 UTC the day before in Crimea (UTC+2).
      startsAt: "2014-03-15T22:00:00.000Z",
      timePrecision: "DAY",
      timeZone: "Europe/Simferopol",
      orderInDay: 1,
      place: "Crimea",
      status: "SCHEDULED",
      participants: [{ actor: "crimea", role: "SUBJECT" }],
      topics: ["crimean-referendum", "status-of-crimea"],
      reportedBy: [{ text: "the Crimean referendum, set to take place on Sunday" }, { text: "Holding that this Sunday" }],
    },
  ],

  // The capacity each speaker spoke in that day.
  capacities: [
    { speaker: "john-kerry", tie: { actor: "john-kerry", kind: "HOLDS_OFFICE_IN", relatedActor: "united-states" } },
    { speaker: "sergei-lavrov", tie: { actor: "sergei-lavrov", kind: "HOLDS_OFFICE_IN", relatedActor: "russia" } },
    { speaker: "william-hague", tie: { actor: "william-hague", kind: "HOLDS_OFFICE_IN", relatedActor: "united-kingdom" } },
    {
      speaker: "mfa-russia-account",
      tie: { actor: "russian-ministry-of-foreign-affairs", kind: "OPERATES_ACCOUNT", relatedActor: "mfa-russia-account" },
    },
  ],

  statements: [
    {
      slug: "kerry-keen-for-choices-of-ukrainians-to-be-respected",
      kind: "PARAPHRASE",
      speaker: "john-kerry",
      event: "kerry-press-conference-london",
      excerpt: {
        text: "US Secretary of State John Kerry and Sergei Lavrov, his Russian counterpart, say they are keen for the choices of Ukrainians to be respected",
      },
      topics: ["choices-of-ukrainians", "crimean-referendum"],
      stances: [
        {
          topic: "crimean-referendum",
          position: "OPPOSES",
          basis: { text: "When Mr Kerry talks of respecting the choices of Ukrainians, he means the opposite to Mr Lavrov." },
        },
      ],
    },
    {
      slug: "lavrov-keen-for-choices-of-ukrainians-to-be-respected",
      kind: "PARAPHRASE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: {
        text: "US Secretary of State John Kerry and Sergei Lavrov, his Russian counterpart, say they are keen for the choices of Ukrainians to be respected",
      },
      topics: ["choices-of-ukrainians", "crimean-referendum"],
      stances: [
        {
          topic: "crimean-referendum",
          position: "SUPPORTS",
          basis: {
            text: "When Mr Lavrov talks of respecting the choices of Ukrainians, he is saying that the Crimean referendum, set to take place on Sunday, should be seen as legitimate.",
          },
        },
      ],
    },
    {
      slug: "lavrov-talks-useful-but-disagreements",
      kind: "PARTIAL_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: { text: "Mr Lavrov said the talks had been “useful” but there were still “disagreements”" },
      topics: ["london-talks"],
      stances: [],
    },
    {
      slug: "kerry-talks-constructive-but-no-common-vision",
      kind: "PARTIAL_QUOTE",
      speaker: "john-kerry",
      event: "kerry-press-conference-london",
      excerpt: { text: "Mr Kerry said the talks had been “constructive” but there had been “no common vision”" },
      topics: ["london-talks"],
      stances: [],
    },
    {
      slug: "lavrov-crimea-means-immeasurably-more-to-russia",
      kind: "PARTIAL_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: { text: "Mr Lavrov said that Crimea means “immeasurably more” to Russia than the Falklands do to Britain" },
      topics: ["status-of-crimea", "international-law-precedents"],
      stances: [],
    },
    {
      slug: "lavrov-crimea-dispute-needs-historic-precedents",
      kind: "PARAPHRASE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: {
        text: "He said that the dispute over Crimea needed to be looked at in terms of historic precedents – citing territorial examples from Britain and France",
      },
      topics: ["status-of-crimea", "international-law-precedents"],
      stances: [],
    },
    {
      slug: "lavrov-there-are-precedents-of-course",
      kind: "DIRECT_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: { text: "Are there precedents in international law? There are precedents of course" },
      topics: ["international-law-precedents"],
      stances: [],
    },
    {
      slug: "lavrov-crimea-really-important-for-russia",
      kind: "DIRECT_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: { text: "Everybody understands that Crimea for Russia is something really important, what it means for Russia." },
      topics: ["status-of-crimea"],
      stances: [],
    },
    {
      slug: "lavrov-crimea-means-more-than-falklands-or-comoros",
      kind: "DIRECT_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: {
        text: "It means immeasurably more for Russia than the Falklands means for the United Kingdom or Comoros for France.",
        after: "what it means for Russia.",
      },
      topics: ["status-of-crimea", "international-law-precedents"],
      stances: [],
    },
    {
      slug: "mfa-russia-break-is-over-match-continues",
      kind: "DIRECT_QUOTE",
      speaker: "mfa-russia-account",
      event: "mfa-russia-break-is-over-post",
      excerpt: { text: "Break is over. Match continues." },
      topics: ["london-talks"],
      stances: [],
    },
    {
      slug: "kerry-us-stands-with-the-people-of-ukraine",
      kind: "DIRECT_QUOTE",
      speaker: "john-kerry",
      event: "kerry-press-conference-london",
      excerpt: { text: "The United States stands with the people of Ukraine in their desire to make their own choices" },
      topics: ["choices-of-ukrainians"],
      stances: [
        {
          topic: "crimean-referendum",
          position: "OPPOSES",
          basis: { text: "When Mr Kerry talks of respecting the choices of Ukrainians, he means the opposite to Mr Lavrov." },
        },
      ],
    },
    {
      slug: "kerry-referendum-results-will-not-be-recognised",
      kind: "PARTIAL_QUOTE",
      speaker: "john-kerry",
      event: "kerry-press-conference-london",
      excerpt: {
        text: "He added that the international community will not recognise the results of the Crimean referendum, and that if the Russian parliament ratifies the Crimean referendum it will amount of “backdoor annexation” of Crimea",
      },
      topics: ["crimean-referendum", "status-of-crimea"],
      stances: [{ topic: "crimean-referendum", position: "OPPOSES" }],
    },
    {
      slug: "lavrov-sanctions-would-be-counter-productive",
      kind: "PARTIAL_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: { text: "The Russian foreign minister said such sanctions would be “counter-productive”" },
      topics: ["consequences-for-russia"],
      stances: [{ topic: "consequences-for-russia", position: "OPPOSES" }],
    },
    {
      slug: "lavrov-kerry-voiced-no-threats-on-sanctions",
      kind: "DIRECT_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: { text: "Secretary Kerry did not voice any threats against Russia as to the sanctions" },
      topics: ["consequences-for-russia"],
      stances: [],
    },
    {
      slug: "lavrov-partners-understand-sanctions-counter-productive",
      kind: "DIRECT_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: {
        text: "We live in an information space. We are hearing what is being discussed in Washington or in Europe, and let me assure you that our partners understand that sanctions are a counter-productive instrument.",
      },
      topics: ["consequences-for-russia"],
      stances: [{ topic: "consequences-for-russia", position: "OPPOSES" }],
    },
    {
      slug: "lavrov-sanctions-would-be-their-decision",
      kind: "DIRECT_QUOTE",
      speaker: "sergei-lavrov",
      event: "lavrov-press-conference-london",
      excerpt: {
        text: "If the decision is made, it will be their decision. It certainly won’t facilitate, it won’t be helpful in mutual interests of business and developing our cooperation, that’s a fact.",
      },
      topics: ["consequences-for-russia"],
      stances: [{ topic: "consequences-for-russia", position: "OPPOSES" }],
    },
    {
      slug: "kerry-consequences-if-wrong-choices-are-made",
      kind: "PARTIAL_QUOTE",
      speaker: "john-kerry",
      event: "kerry-press-conference-london",
      excerpt: {
        text: "Mr Kerry said if the “wrong choices are made” then there will be consequence for Russia because of the “gravity” of the challenges to global legal norms",
      },
      topics: ["consequences-for-russia", "crimean-referendum"],
      stances: [{ topic: "consequences-for-russia", position: "SUPPORTS" }],
    },
    {
      slug: "kerry-consequences-felt-in-many-parts-of-the-world",
      kind: "DIRECT_QUOTE",
      speaker: "john-kerry",
      event: "kerry-press-conference-london",
      excerpt: { text: "We believe the consequences will be felt in many parts of the world" },
      topics: ["consequences-for-russia"],
      stances: [{ topic: "consequences-for-russia", position: "SUPPORTS" }],
    },
    {
      slug: "hague-talks-will-be-formidably-difficult",
      kind: "PARTIAL_QUOTE",
      speaker: "william-hague",
      event: "hague-on-the-london-talks",
      excerpt: {
        text: "British Foreign Secretary William Hague said the talks between the US and Russia would be “formidably difficult”",
      },
      topics: ["london-talks"],
      stances: [],
    },
    {
      slug: "hague-crimea-referendum-not-legitimate",
      kind: "PARAPHRASE",
      speaker: "william-hague",
      event: "hague-on-the-london-talks",
      excerpt: { text: "He also reinforced the UK’s view that the Crimea referendum is not legitimate" },
      topics: ["crimean-referendum"],
      stances: [{ topic: "crimean-referendum", position: "OPPOSES" }],
    },
    {
      slug: "hague-referendum-meets-no-international-norm",
      kind: "DIRECT_QUOTE",
      speaker: "william-hague",
      event: "hague-on-the-london-talks",
      excerpt: {
        text: "This is a referendum which doesn’t meet any international norm or standards. It’s taking place without a campaign, without an electoral roll, without the political leaders of the country being able to visit, in the presence of many thousands of troops from a foreign country",
      },
      topics: ["crimean-referendum"],
      stances: [{ topic: "crimean-referendum", position: "OPPOSES" }],
    },
    {
      slug: "hague-sunday-vote-created-a-diplomatic-deadline",
      kind: "DIRECT_QUOTE",
      speaker: "william-hague",
      event: "hague-on-the-london-talks",
      excerpt: {
        text: "Holding that this Sunday has, in effect, created a diplomatic deadline for these talks before other measures need to be taken.",
      },
      topics: ["crimean-referendum", "london-talks", "consequences-for-russia"],
      stances: [],
    },
  ],

  relations: [
    {
      from: "kerry-keen-for-choices-of-ukrainians-to-be-respected",
      kind: "CONTRADICTS",
      to: "lavrov-keen-for-choices-of-ukrainians-to-be-respected",
      basis: { text: "When Mr Kerry talks of respecting the choices of Ukrainians, he means the opposite to Mr Lavrov." },
    },
    {
      from: "lavrov-crimea-really-important-for-russia",
      kind: "CONTINUES",
      to: "lavrov-there-are-precedents-of-course",
    },
    {
      from: "lavrov-crimea-means-more-than-falklands-or-comoros",
      kind: "CONTINUES",
      to: "lavrov-crimea-really-important-for-russia",
    },
    {
      from: "lavrov-crimea-means-immeasurably-more-to-russia",
      kind: "RESTATES",
      to: "lavrov-crimea-means-more-than-falklands-or-comoros",
    },
    {
      from: "lavrov-crimea-dispute-needs-historic-precedents",
      kind: "RESTATES",
      to: "lavrov-there-are-precedents-of-course",
    },
    {
      from: "lavrov-partners-understand-sanctions-counter-productive",
      kind: "CONTINUES",
      to: "lavrov-kerry-voiced-no-threats-on-sanctions",
    },
    {
      from: "lavrov-sanctions-would-be-their-decision",
      kind: "CONTINUES",
      to: "lavrov-partners-understand-sanctions-counter-productive",
    },
    {
      from: "lavrov-sanctions-would-be-counter-productive",
      kind: "RESTATES",
      to: "lavrov-partners-understand-sanctions-counter-productive",
    },
    {
      from: "hague-sunday-vote-created-a-diplomatic-deadline",
      kind: "CONTINUES",
      to: "hague-referendum-meets-no-international-norm",
    },
  ],
};
