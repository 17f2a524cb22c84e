/**
 * The words synthetic sources are written with. Each list is in rough order
 * of how often diplomatic reporting uses its words; text draws from them with
 * Zipf weights, so a few words are in most statements and the tail of each
 * list (the technical terms and the smaller places most of all) in very few.
 * ASCII only, and no word of one list is part of another's, so that searching
 * for a word finds the statements that use it.
 */

export const nouns = [
  "government", "agreement", "situation", "security", "region", "process", "question", "position",
  "dialogue", "talks", "cooperation", "crisis", "decision", "support", "border", "conflict",
  "sovereignty", "people", "future", "proposal", "negotiation", "framework", "solution", "partnership",
  "economy", "stability", "meeting", "commitment", "delegation", "leadership", "principle", "interest",
  "parliament", "election", "community", "development", "responsibility", "assistance", "relationship", "statement",
  "investment", "policy", "progress", "tension", "violence", "order", "agenda", "ministry",
  "resolution", "trade", "energy", "pressure", "response", "concern", "initiative", "reform",
  "alliance", "summit", "strategy", "budget", "approach", "opportunity", "challenge", "threat",
  "priority", "peace", "authority", "constitution", "crossing", "corridor", "pipeline", "market",
  "currency", "debt", "grain", "harvest", "fleet", "airspace", "coastline", "frontier",
  "capital", "province", "district", "village", "refugee", "migrant", "prisoner", "hostage",
  "soldier", "officer", "diplomat", "envoy", "minister", "president", "chancellor", "monarch",
  "spokesman", "spokeswoman", "journalist", "observer", "mediator", "inspector", "negotiator", "witness",
  "document", "letter", "message", "report", "evidence", "record", "account", "version",
  "chapter", "clause", "paragraph", "article", "annex", "draft", "text", "signature",
  "vote", "ballot", "majority", "minority", "coalition", "opposition", "campaign", "movement",
  "protest", "strike", "demonstration", "rally", "crowd", "square", "street", "bridge",
  "harbour", "airport", "railway", "highway", "factory", "plant", "reactor", "warehouse",
  "shipment", "cargo", "convoy", "vessel", "aircraft", "missile", "drone", "weapon",
  "army", "navy", "battalion", "garrison", "checkpoint", "trench", "barrier", "wall",
  "water", "food", "medicine", "fuel", "electricity", "winter", "summer", "season",
  "tariff", "quota", "subsidy", "levy", "loan", "grant", "fund", "bank",
  "court", "tribunal", "judge", "lawyer", "verdict", "appeal", "charge", "investigation",
  "history", "memory", "tradition", "culture", "language", "religion", "identity", "heritage",
  "climate", "drought", "flood", "earthquake", "storm", "wildfire", "disaster", "recovery",
  "health", "vaccine", "hospital", "school", "university", "student", "teacher", "child",
  "family", "neighbour", "friend", "partner", "rival", "adversary", "enemy", "ally",
  "bargain", "compromise", "concession", "guarantee", "assurance", "promise", "warning", "ultimatum",
  "deadline", "timetable", "roadmap", "milestone", "benchmark", "target", "goal", "outcome",
];

/** [base, third person singular, past]. */
export const verbs: readonly (readonly [string, string, string])[] = [
  ["support", "supports", "supported"], ["reject", "rejects", "rejected"], ["welcome", "welcomes", "welcomed"],
  ["discuss", "discusses", "discussed"], ["expect", "expects", "expected"], ["respect", "respects", "respected"],
  ["consider", "considers", "considered"], ["protect", "protects", "protected"], ["accept", "accepts", "accepted"],
  ["defend", "defends", "defended"], ["review", "reviews", "reviewed"], ["strengthen", "strengthens", "strengthened"],
  ["condemn", "condemns", "condemned"], ["recognise", "recognises", "recognised"], ["propose", "proposes", "proposed"],
  ["demand", "demands", "demanded"], ["deny", "denies", "denied"], ["confirm", "confirms", "confirmed"],
  ["pursue", "pursues", "pursued"], ["restore", "restores", "restored"], ["secure", "secures", "secured"],
  ["address", "addresses", "addressed"], ["resolve", "resolves", "resolved"], ["improve", "improves", "improved"],
  ["threaten", "threatens", "threatened"], ["undermine", "undermines", "undermined"], ["delay", "delays", "delayed"],
  ["postpone", "postpones", "postponed"], ["extend", "extends", "extended"], ["renew", "renews", "renewed"],
  ["endorse", "endorses", "endorsed"], ["oppose", "opposes", "opposed"], ["question", "questions", "questioned"],
  ["challenge", "challenges", "challenged"], ["violate", "violates", "violated"], ["honour", "honours", "honoured"],
  ["implement", "implements", "implemented"], ["monitor", "monitors", "monitored"], ["verify", "verifies", "verified"],
  ["finance", "finances", "financed"], ["rebuild", "rebuilds", "rebuilt"], ["open", "opens", "opened"],
  ["close", "closes", "closed"], ["reopen", "reopens", "reopened"], ["suspend", "suspends", "suspended"],
  ["resume", "resumes", "resumed"], ["withdraw", "withdraws", "withdrew"], ["deploy", "deploys", "deployed"],
  ["release", "releases", "released"], ["detain", "detains", "detained"], ["sign", "signs", "signed"],
  ["ratify", "ratifies", "ratified"], ["approve", "approves", "approved"], ["veto", "vetoes", "vetoed"],
  ["abandon", "abandons", "abandoned"], ["revive", "revives", "revived"], ["launch", "launches", "launched"],
  ["examine", "examines", "examined"], ["clarify", "clarifies", "clarified"], ["negotiate", "negotiates", "negotiated"],
  ["mediate", "mediates", "mediated"], ["host", "hosts", "hosted"], ["invite", "invites", "invited"],
  ["warn", "warns", "warned"], ["urge", "urges", "urged"], ["praise", "praises", "praised"],
  ["criticise", "criticises", "criticised"], ["blame", "blames", "blamed"], ["ignore", "ignores", "ignored"],
  ["share", "shares", "shared"], ["reduce", "reduces", "reduced"], ["raise", "raises", "raised"],
  ["lift", "lifts", "lifted"], ["impose", "imposes", "imposed"], ["tighten", "tightens", "tightened"],
  ["ease", "eases", "eased"], ["block", "blocks", "blocked"], ["allow", "allows", "allowed"],
  ["prevent", "prevents", "prevented"], ["encourage", "encourages", "encouraged"], ["fulfil", "fulfils", "fulfilled"],
  ["uphold", "upholds", "upheld"], ["safeguard", "safeguards", "safeguarded"], ["preserve", "preserves", "preserved"],
  ["reassure", "reassures", "reassured"], ["outline", "outlines", "outlined"], ["publish", "publishes", "published"],
  ["investigate", "investigates", "investigated"], ["document", "documents", "documented"], ["evacuate", "evacuates", "evacuated"],
];

export const adjectives = [
  "important", "international", "political", "difficult", "serious", "national", "regional", "constructive",
  "historic", "legitimate", "economic", "military", "peaceful", "clear", "new", "common",
  "open", "strong", "necessary", "direct", "full", "long", "current", "possible",
  "real", "fair", "joint", "special", "strategic", "humanitarian", "territorial", "bilateral",
  "multilateral", "democratic", "sovereign", "independent", "stable", "secure", "lasting", "durable",
  "comprehensive", "practical", "concrete", "reasonable", "unacceptable", "illegal", "unilateral", "provocative",
  "dangerous", "fragile", "urgent", "immediate", "gradual", "temporary", "permanent", "binding",
  "formal", "informal", "frank", "cordial", "useful", "productive", "intense", "tough",
  "modest", "significant", "substantial", "limited", "broad", "narrow", "decisive", "credible",
  "transparent", "accountable", "inclusive", "balanced", "mutual", "reciprocal", "previous", "future",
  "recent", "final", "initial", "additional", "further", "entire", "whole", "vital",
  "essential", "fundamental", "basic", "central", "key", "critical", "sensitive", "complex",
  "simple", "obvious", "ambitious", "realistic", "pragmatic", "patient", "careful", "firm",
  "flexible", "generous", "vulnerable", "hostile", "friendly", "neighbouring", "coastal", "northern",
  "southern", "eastern", "western", "rural", "urban", "industrial", "agricultural", "financial",
  "legal", "judicial", "electoral", "constitutional", "parliamentary", "presidential", "ministerial", "diplomatic",
  "nuclear", "conventional", "maritime", "naval", "aerial", "digital", "cyber", "scientific",
  "cultural", "religious", "ethnic", "linguistic", "historical", "ancient", "modern", "contemporary",
];

/** Openings of sentences. */
export const adverbs = [
  "Today", "Clearly", "Unfortunately", "Of course", "At the same time", "In our view", "Frankly", "Nevertheless",
  "For now", "Once again", "In any case", "Above all", "First of all", "Meanwhile", "Still", "Indeed",
  "Regrettably", "Obviously", "Naturally", "Equally", "Moreover", "Ultimately", "Yesterday", "Tomorrow",
  "This morning", "Last week", "Next month", "In principle", "In practice", "Since then",
];

export const timePhrases = [
  "this week", "in the coming days", "at this stage", "for the time being", "before the end of the year",
  "without delay", "as soon as possible", "in the long run", "next month", "over the weekend",
  "by the deadline", "in good faith", "step by step", "under any circumstances", "once and for all",
];

/**
 * The vocabulary of specialists: rarely used, each much rarer than the last,
 * the words that make a search selective.
 */
export const technicalTerms = [
  "ceasefire", "sanctions", "referendum", "annexation", "moratorium", "ratification", "enrichment", "demarcation",
  "extradition", "embargo", "armistice", "plebiscite", "demilitarisation", "decommissioning", "repatriation", "reparations",
  "accreditation", "arbitration", "conciliation", "secession", "autonomy", "federalisation", "devolution", "protectorate",
  "condominium", "exclave", "enclave", "buffer", "peacekeeping", "disarmament", "nonproliferation", "safeguards",
  "centrifuges", "uranium", "plutonium", "warheads", "ballistic", "hypersonic", "interceptor", "radar",
  "cyberattack", "disinformation", "propaganda", "espionage", "defector", "dissident", "asylum", "deportation",
  "quarantine", "pandemic", "epidemic", "famine", "desertification", "deforestation", "emissions", "decarbonisation",
  "biodiversity", "fisheries", "whaling", "poaching", "smuggling", "trafficking", "piracy", "kidnapping",
  "insurgency", "militia", "paramilitary", "mercenaries", "conscription", "mobilisation", "demobilisation", "amnesty",
  "impeachment", "filibuster", "gerrymandering", "recount", "runoff", "turnout", "abstention", "quorum",
  "communique", "memorandum", "protocol", "accord", "concordat", "covenant", "charter", "statute",
  "jurisdiction", "immunity", "suzerainty", "extraterritoriality", "consulate", "chancery", "attache", "credentials",
  "plenipotentiary", "demarche", "agrement", "exequatur", "ombudsman", "rapprochement", "detente", "entente",
  "realpolitik", "brinkmanship", "appeasement", "containment", "deterrence", "escalation", "deescalation", "attrition",
  "blockade", "cordon", "curfew", "checkpoints", "landmines", "cluster", "shelling", "airstrikes",
  "evacuation", "corridors", "convoys", "airlift", "sealift", "stockpiles", "rationing", "requisition",
  "tariffs", "dumping", "subsidies", "quotas", "liberalisation", "privatisation", "nationalisation", "expropriation",
  "bondholders", "eurobonds", "creditors", "remittances", "hawala", "cryptocurrency", "stablecoin", "bitumen",
  "lithium", "cobalt", "phosphates", "bauxite", "tungsten", "molybdenum", "vanadium", "antimony",
];

/** Countries, by how often they make diplomatic news. */
export const countries = [
  "Russia", "Ukraine", "China", "France", "Germany", "Britain", "Iran", "Turkey",
  "Israel", "Japan", "India", "Syria", "Egypt", "Italy", "Poland", "Canada",
  "Brazil", "Mexico", "Spain", "Qatar", "Iraq", "Afghanistan", "Pakistan", "Venezuela",
  "Belarus", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Serbia", "Kosovo", "Greece",
  "Cyprus", "Lebanon", "Jordan", "Libya", "Sudan", "Ethiopia", "Kenya", "Nigeria",
  "Algeria", "Morocco", "Tunisia", "Yemen", "Oman", "Bahrain", "Kuwait", "Indonesia",
  "Vietnam", "Thailand", "Malaysia", "Singapore", "Philippines", "Australia", "Argentina", "Chile",
  "Colombia", "Peru", "Cuba", "Norway", "Sweden", "Finland", "Denmark", "Estonia",
  "Latvia", "Lithuania", "Moldova", "Romania", "Bulgaria", "Hungary", "Austria", "Switzerland",
  "Belgium", "Netherlands", "Portugal", "Ireland", "Iceland", "Croatia", "Slovenia", "Slovakia",
  "Czechia", "Albania", "Montenegro", "Macedonia", "Bosnia", "Mongolia", "Uzbekistan", "Turkmenistan",
  "Kyrgyzstan", "Tajikistan", "Bangladesh", "Nepal", "Bhutan", "Myanmar", "Cambodia", "Laos",
  "Somalia", "Eritrea", "Djibouti", "Uganda", "Rwanda", "Burundi", "Tanzania", "Mozambique",
  "Zimbabwe", "Zambia", "Angola", "Namibia", "Botswana", "Ghana", "Senegal", "Mali",
  "Niger", "Chad", "Cameroon", "Gabon", "Madagascar", "Mauritius", "Seychelles", "Comoros",
  "Paraguay", "Uruguay", "Bolivia", "Ecuador", "Guatemala", "Honduras", "Nicaragua", "Panama",
  "Haiti", "Jamaica", "Barbados", "Fiji", "Samoa", "Tonga", "Vanuatu", "Kiribati",
];

/** Territories whose status is in dispute or apart. */
export const territories = [
  "Crimea", "Donbas", "Abkhazia", "Transnistria", "Karabakh", "Gibraltar", "Falklands", "Kashmir",
  "Tibet", "Taiwan", "Greenland", "Catalonia", "Kurdistan", "Somaliland", "Cyrenaica", "Golan",
  "Sahara", "Ossetia", "Aceh", "Mindanao", "Bougainville", "Mayotte", "Chagos", "Kuriles",
];

/** Cities where events take place, with their IANA time zone and standard UTC offset in hours. */
export const cities: readonly (readonly [string, string, number])[] = [
  ["Brussels", "Europe/Brussels", 1], ["Geneva", "Europe/Zurich", 1], ["Moscow", "Europe/Moscow", 3],
  ["Washington", "America/New_York", -5], ["London", "Europe/London", 0], ["Paris", "Europe/Paris", 1],
  ["Berlin", "Europe/Berlin", 1], ["Kyiv", "Europe/Kyiv", 2], ["Beijing", "Asia/Shanghai", 8],
  ["Vienna", "Europe/Vienna", 1], ["Ankara", "Europe/Istanbul", 3], ["Istanbul", "Europe/Istanbul", 3],
  ["Tehran", "Asia/Tehran", 3.5], ["Doha", "Asia/Qatar", 3], ["Riyadh", "Asia/Riyadh", 3],
  ["Cairo", "Africa/Cairo", 2], ["Tokyo", "Asia/Tokyo", 9], ["Delhi", "Asia/Kolkata", 5.5],
  ["Warsaw", "Europe/Warsaw", 1], ["Rome", "Europe/Rome", 1], ["Madrid", "Europe/Madrid", 1],
  ["Ottawa", "America/Toronto", -5], ["Minsk", "Europe/Minsk", 3], ["Tbilisi", "Asia/Tbilisi", 4],
  ["Yerevan", "Asia/Yerevan", 4], ["Baku", "Asia/Baku", 4], ["Astana", "Asia/Almaty", 5],
  ["Belgrade", "Europe/Belgrade", 1], ["Athens", "Europe/Athens", 2], ["Nicosia", "Asia/Nicosia", 2],
  ["Beirut", "Asia/Beirut", 2], ["Amman", "Asia/Amman", 3], ["Tripoli", "Africa/Tripoli", 2],
  ["Khartoum", "Africa/Khartoum", 2], ["Nairobi", "Africa/Nairobi", 3], ["Lagos", "Africa/Lagos", 1],
  ["Algiers", "Africa/Algiers", 1], ["Rabat", "Africa/Casablanca", 1], ["Jakarta", "Asia/Jakarta", 7],
  ["Hanoi", "Asia/Bangkok", 7], ["Bangkok", "Asia/Bangkok", 7], ["Singapore", "Asia/Singapore", 8],
  ["Manila", "Asia/Manila", 8], ["Canberra", "Australia/Sydney", 10], ["Brasilia", "America/Sao_Paulo", -3],
  ["Oslo", "Europe/Oslo", 1], ["Stockholm", "Europe/Stockholm", 1], ["Helsinki", "Europe/Helsinki", 2],
  ["Tallinn", "Europe/Tallinn", 2], ["Riga", "Europe/Riga", 2], ["Vilnius", "Europe/Vilnius", 2],
  ["Chisinau", "Europe/Chisinau", 2], ["Bucharest", "Europe/Bucharest", 2], ["Sofia", "Europe/Sofia", 2],
  ["Budapest", "Europe/Budapest", 1], ["Prague", "Europe/Prague", 1], ["Lisbon", "Europe/Lisbon", 0],
  ["Dublin", "Europe/Dublin", 0], ["Reykjavik", "Atlantic/Reykjavik", 0], ["Zagreb", "Europe/Zagreb", 1],
  ["Ljubljana", "Europe/Ljubljana", 1], ["Bratislava", "Europe/Bratislava", 1], ["Tirana", "Europe/Tirane", 1],
  ["Sarajevo", "Europe/Sarajevo", 1], ["Skopje", "Europe/Skopje", 1], ["Tashkent", "Asia/Tashkent", 5],
  ["Dhaka", "Asia/Dhaka", 6], ["Kathmandu", "Asia/Kathmandu", 5.75], ["Addis Ababa", "Africa/Addis_Ababa", 3],
  ["Mogadishu", "Africa/Mogadishu", 3], ["Kampala", "Africa/Kampala", 3], ["Kigali", "Africa/Kigali", 2],
  ["Dakar", "Africa/Dakar", 0], ["Accra", "Africa/Accra", 0], ["Bamako", "Africa/Bamako", 0],
  ["Montevideo", "America/Montevideo", -3], ["Bogota", "America/Bogota", -5], ["Lima", "America/Lima", -5],
  ["Havana", "America/Havana", -5], ["Panama City", "America/Panama", -5], ["Suva", "Pacific/Fiji", 12],
];

/** International organisations: [name, short name]. */
export const organisations: readonly (readonly [string, string])[] = [
  ["United Nations", "the UN"], ["European Union", "the EU"], ["North Atlantic Treaty Organization", "NATO"],
  ["African Union", "the AU"], ["Arab League", "the Arab League"], ["Organization for Security and Co-operation in Europe", "the OSCE"],
  ["International Atomic Energy Agency", "the IAEA"], ["World Trade Organization", "the WTO"], ["International Monetary Fund", "the IMF"],
  ["World Bank", "the World Bank"], ["Council of Europe", "the Council of Europe"], ["Association of Southeast Asian Nations", "ASEAN"],
  ["Shanghai Cooperation Organisation", "the SCO"], ["Gulf Cooperation Council", "the GCC"], ["Organization of American States", "the OAS"],
  ["International Committee of the Red Cross", "the ICRC"], ["World Health Organization", "the WHO"], ["International Criminal Court", "the ICC"],
  ["Collective Security Treaty Organization", "the CSTO"], ["Commonwealth of Nations", "the Commonwealth"], ["Group of Seven", "the G7"],
  ["Group of Twenty", "the G20"], ["Eurasian Economic Union", "the EAEU"], ["Economic Community of West African States", "ECOWAS"],
  ["Pacific Islands Forum", "the Pacific Islands Forum"], ["Nordic Council", "the Nordic Council"], ["Visegrad Group", "the Visegrad Group"],
  ["Organisation of Islamic Cooperation", "the OIC"], ["Mercosur", "Mercosur"], ["Andean Community", "the Andean Community"],
];

export const firstNames = [
  "Anna", "Sergei", "John", "Maria", "Ahmed", "Olga", "Michael", "Elena", "David", "Fatima",
  "James", "Irina", "Robert", "Sofia", "Mohammed", "Natalia", "William", "Laura", "Ali", "Yulia",
  "Thomas", "Claire", "Pedro", "Ingrid", "Hassan", "Katarzyna", "Peter", "Ana", "Omar", "Svetlana",
  "Richard", "Marta", "Carlos", "Helga", "Youssef", "Agnieszka", "Paul", "Lucia", "Karim", "Tatiana",
  "Mark", "Isabel", "Luis", "Greta", "Tariq", "Magdalena", "George", "Chiara", "Jorge", "Astrid",
  "Andrew", "Beatriz", "Diego", "Sigrid", "Khalid", "Ewa", "Daniel", "Francesca", "Miguel", "Liv",
  "Stefan", "Amina", "Viktor", "Hana", "Nikolai", "Leila", "Dmitri", "Yasmin", "Igor", "Mei",
  "Pavel", "Aiko", "Andrei", "Priya", "Oleg", "Chen", "Yuri", "Akira", "Boris", "Ravi",
  "Mikhail", "Kenji", "Vladimir", "Wei", "Alexei", "Sanjay", "Ivan", "Hiroshi", "Arturo", "Jun",
  "Emmanuel", "Aisha", "Kwame", "Ngozi", "Jean", "Amara", "Pierre", "Zainab", "Laurent", "Chiamaka",
  "Henrik", "Freya", "Lars", "Maja", "Jan", "Zofia", "Tomas", "Petra", "Jakub", "Milena",
  "Goran", "Jelena", "Nikola", "Dragana", "Levan", "Nino", "Armen", "Lusine", "Rustam", "Gulnara",
  "Erik", "Annika", "Bjorn", "Karin", "Mateo", "Valentina", "Rafael", "Camila", "Gabriel", "Julia",
  "Felix", "Clara", "Hugo", "Alice", "Oscar", "Emma", "Leon", "Nora", "Samuel", "Ruth",
  "Joseph", "Esther", "Benjamin", "Miriam", "Adam", "Eva", "Simon", "Rachel", "Noah", "Sarah",
];

export const lastNames = [
  "Ivanov", "Smith", "Petrov", "Kowalski", "Schmidt", "Dubois", "Rossi", "Garcia", "Novak", "Horvat",
  "Jensen", "Nielsen", "Hansen", "Larsen", "Andersson", "Johansson", "Korhonen", "Virtanen", "Tamm", "Ozols",
  "Kazlauskas", "Popescu", "Dimitrov", "Nagy", "Horvath", "Svoboda", "Novotny", "Kovac", "Hoxha", "Petrovic",
  "Jovanovic", "Nikolaidis", "Papadopoulos", "Yilmaz", "Kaya", "Demir", "Hosseini", "Rezaei", "Haddad", "Khoury",
  "Mansour", "Nasser", "Saleh", "Hamdan", "Farouk", "Abdullah", "Rahman", "Hussain", "Khan", "Sharma",
  "Patel", "Singh", "Gupta", "Kumar", "Reddy", "Nair", "Wang", "Li", "Zhang", "Liu",
  "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Tanaka", "Suzuki", "Takahashi", "Watanabe",
  "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kim", "Lee", "Park", "Choi", "Nguyen", "Tran",
  "Pham", "Santos", "Silva", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Fernandes", "Gomes",
  "Martinez", "Lopez", "Gonzalez", "Hernandez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera",
  "Morales", "Ortiz", "Castillo", "Vargas", "Mendoza", "Rojas", "Medina", "Herrera", "Aguilar", "Navarro",
  "Okafor", "Adeyemi", "Mensah", "Owusu", "Diallo", "Traore", "Kamara", "Ndiaye", "Mwangi", "Otieno",
  "Kariuki", "Wanjiru", "Tesfaye", "Bekele", "Haile", "Abebe", "Moyo", "Ncube", "Dlamini", "Banda",
  "Phiri", "Mutasa", "Nkosi", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts",
  "Walker", "Wright", "Hughes", "Green", "Hall", "Wood", "Clarke", "Jackson", "Turner", "Hill",
  "Moore", "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Lewis", "Young", "Allen",
  "Mitchell", "Campbell", "Anderson", "Murphy", "Kelly", "Byrne", "Ryan", "Walsh", "OBrien", "Doyle",
  "Muller", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
  "Richter", "Klein", "Wolf", "Schroder", "Neumann", "Braun", "Zimmermann", "Kruger", "Hartmann", "Lange",
  "Martin", "Bernard", "Thomas", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre",
  "Michel", "Garnier", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
  "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "DeLuca",
  "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani",
  "Volkov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Pavlov", "Semenov", "Golubev", "Vinogradov",
  "Bogdanov", "Vorobyov", "Fedorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov", "Orlov", "Kiselev",
  "Makarov", "Andreev", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliynyk", "Shevchenko", "Boyko", "Melnyk",
  "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Marchenko", "Nowak", "Wisniewski", "Wojcik", "Kowalczyk", "Kaminski",
  "Lewandowski", "Zielinski", "Szymanski", "Wozniak", "Dabrowski", "Kozlowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski",
  "Grabowski", "Pawlowski", "Michalski", "Nowicki", "Adamczyk", "Dudek", "Zajac", "Wieczorek", "Jablonski", "Krol",
  "Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Hakobyan", "Harutyunyan", "Sargsyan", "Mammadov", "Aliyev", "Hasanov",
  "Nurlanov", "Seitkali", "Tokayev", "Karimov", "Rashidov", "Yusupov", "Sultanov", "Bakirov", "Osmonov", "Rakhmonov",
  "Fonseca", "Cardoso", "Teixeira", "Moreira", "Barbosa", "Ribeiro", "Carvalho", "Almeida", "Lopes", "Soares",
  "Lindqvist", "Berg", "Dahl", "Holm", "Lund", "Strand", "Eriksen", "Haugen", "Solberg", "Bakken",
  "Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Katz", "Shapiro", "Goldberg", "Rosen",
  "Ochoa", "Paredes", "Salazar", "Guerrero", "Cortes", "Cruz", "Reyes", "Molina", "Delgado", "Vega",
];

/** Offices a person holds in a state, with how often (out of 100) they are the one a person holds. */
export const offices: readonly (readonly [string, number])[] = [
  ["Foreign Minister", 14], ["Ambassador", 16], ["Deputy Foreign Minister", 10], ["Member of Parliament", 14],
  ["Prime Minister", 3], ["President", 3], ["Defence Minister", 6], ["Special Envoy", 8],
  ["Trade Minister", 5], ["Chief Negotiator", 5], ["Interior Minister", 4], ["Finance Minister", 4],
  ["Energy Minister", 4], ["National Security Adviser", 4],
];
