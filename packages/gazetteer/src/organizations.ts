import type { OrganizationEntity } from "@tradecraft/core";

/**
 * Intelligence, security and foreign services, the ministries this domain names, and the international
 * bodies events refer to, as entity records of the core model (ids `org:<country>-<short name>`).
 */
export interface OrganizationRecord {
  readonly entity: OrganizationEntity;
  /**
   * Descriptions that identify it only together with its state: "foreign ministry" is Russia's in "the
   * Russian foreign ministry", Ukraine's in "Ukraine's foreign ministry", and no one's alone.
   */
  readonly generic: readonly string[];
}

type OrganizationType = OrganizationEntity["organizationType"];

interface Names {
  readonly abbreviations?: readonly string[];
  readonly aliases?: readonly string[];
  readonly generic?: readonly string[];
  /** The parent's id without the `org:` prefix. */
  readonly parent?: string;
  readonly description?: string;
}

const organization = (
  id: string,
  organizationType: OrganizationType,
  country: string | undefined,
  name: string,
  names: Names = {},
): OrganizationRecord => ({
  entity: {
    id: `org:${id}`,
    kind: "organization",
    name,
    organizationType,
    ...(country === undefined ? {} : { country }),
    ...(names.aliases?.length ? { aliases: [...names.aliases] } : {}),
    ...(names.abbreviations?.length ? { abbreviations: [...names.abbreviations] } : {}),
    ...(names.parent === undefined ? {} : { parent: `org:${names.parent}` }),
    ...(names.description === undefined ? {} : { description: names.description }),
  },
  generic: names.generic ?? [],
});

const FOREIGN_MINISTRY = [
  "foreign ministry",
  "ministry of foreign affairs",
  "ministry for foreign affairs",
  "foreign affairs ministry",
  "MFA",
];
const DEFENSE_MINISTRY = ["defense ministry", "ministry of defense", "MoD"];
const FOREIGN_INTELLIGENCE = ["foreign intelligence", "foreign intelligence service"];
const SECURITY_SERVICE = ["security service", "domestic intelligence", "counterintelligence"];

/** A state's ministry of foreign affairs, id `org:<cc>-mfa`. */
const foreignMinistry = (country: string, name: string, names: Names = {}): OrganizationRecord =>
  organization(`${country.toLowerCase()}-mfa`, "ministry", country, name, {
    ...names,
    generic: [...FOREIGN_MINISTRY, ...(names.generic ?? [])],
  });

export const ORGANIZATIONS: readonly OrganizationRecord[] = [
  // Russia and the Soviet Union
  organization("ru-fsb", "security_service", "RU", "Federal Security Service", {
    abbreviations: ["FSB"],
    aliases: ["Federal Security Service of the Russian Federation", "Lubyanka"],
    generic: SECURITY_SERVICE,
  }),
  organization("ru-fsb-dvkr", "security_service", "RU", "Military Counterintelligence Department", {
    abbreviations: ["DVKR"],
    aliases: [
      "Department of Military Counterintelligence",
      "Military Counterintelligence Directorate",
      "Third Directorate of Military Counterintelligence",
      "FSB Military Counterintelligence",
    ],
    generic: ["military counterintelligence"],
    parent: "ru-fsb",
    description: "The FSB's military counterintelligence, heir of the KGB's Third Chief Directorate.",
  }),
  organization("ru-svr", "intelligence_service", "RU", "Foreign Intelligence Service", {
    abbreviations: ["SVR"],
    aliases: ["Foreign Intelligence Service of the Russian Federation", "Yasenevo"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("ru-gru", "intelligence_service", "RU", "Main Directorate of the General Staff", {
    abbreviations: ["GRU", "GU"],
    aliases: [
      "Main Intelligence Directorate",
      "Main Directorate of the General Staff of the Armed Forces of the Russian Federation",
      "Main Intelligence Directorate of the General Staff",
    ],
    generic: ["military intelligence", "main directorate"],
  }),
  organization("ru-gru-29155", "military_unit", "RU", "Unit 29155", {
    aliases: ["GRU Unit 29155", "Military Unit 29155"],
    parent: "ru-gru",
  }),
  organization("ru-gru-26165", "military_unit", "RU", "Unit 26165", {
    aliases: ["GRU Unit 26165", "Military Unit 26165", "APT28", "Fancy Bear"],
    parent: "ru-gru",
  }),
  organization("ru-gru-74455", "military_unit", "RU", "Unit 74455", {
    aliases: ["GRU Unit 74455", "Military Unit 74455", "Sandworm"],
    parent: "ru-gru",
  }),
  organization("ru-fso", "security_service", "RU", "Federal Protective Service", {
    abbreviations: ["FSO"],
    aliases: ["Federal Guard Service"],
  }),
  foreignMinistry("RU", "Ministry of Foreign Affairs of the Russian Federation", { abbreviations: ["MID"] }),
  organization("ru-mod", "ministry", "RU", "Ministry of Defence of the Russian Federation", {
    generic: DEFENSE_MINISTRY,
  }),
  organization("su-kgb", "security_service", "SU", "Committee for State Security", {
    abbreviations: ["KGB"],
    description: "The Soviet Union's intelligence and security service, 1954-1991.",
  }),
  organization("su-smersh", "security_service", "SU", "SMERSH", {
    aliases: ["Death to Spies", "Smert Shpionam"],
    description: "Soviet military counterintelligence during the Second World War.",
  }),
  organization("su-nkvd", "security_service", "SU", "People's Commissariat for Internal Affairs", {
    abbreviations: ["NKVD"],
  }),
  organization("by-kgb", "security_service", "BY", "State Security Committee of the Republic of Belarus", {
    abbreviations: ["KGB RB"],
    generic: ["KGB", "state security committee", "committee for state security", ...SECURITY_SERVICE],
  }),

  // United States
  organization("us-cia", "intelligence_service", "US", "Central Intelligence Agency", {
    abbreviations: ["CIA"],
    aliases: ["Langley"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("us-fbi", "security_service", "US", "Federal Bureau of Investigation", {
    abbreviations: ["FBI"],
    generic: ["counterintelligence"],
  }),
  organization("us-nsa", "intelligence_service", "US", "National Security Agency", {
    abbreviations: ["NSA"],
    aliases: ["Fort Meade"],
  }),
  organization("us-dia", "intelligence_service", "US", "Defense Intelligence Agency", {
    abbreviations: ["DIA"],
    generic: ["military intelligence"],
  }),
  organization("us-odni", "government", "US", "Office of the Director of National Intelligence", {
    abbreviations: ["ODNI"],
  }),
  foreignMinistry("US", "United States Department of State", {
    aliases: ["Department of State", "State Department"],
  }),
  organization("us-doj", "ministry", "US", "United States Department of Justice", {
    abbreviations: ["DOJ"],
    aliases: ["Department of Justice", "Justice Department"],
  }),
  organization("us-dod", "ministry", "US", "United States Department of Defense", {
    abbreviations: ["DoD"],
    aliases: ["Department of Defense", "Defense Department"],
    generic: DEFENSE_MINISTRY,
  }),

  // United Kingdom
  organization("gb-mi5", "security_service", "GB", "Security Service", {
    abbreviations: ["MI5"],
    aliases: ["MI-5", "Thames House"],
    generic: SECURITY_SERVICE,
  }),
  organization("gb-sis", "intelligence_service", "GB", "Secret Intelligence Service", {
    abbreviations: ["MI6", "SIS"],
    aliases: ["MI-6", "Vauxhall Cross"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("gb-gchq", "intelligence_service", "GB", "Government Communications Headquarters", {
    abbreviations: ["GCHQ"],
  }),
  foreignMinistry("GB", "Foreign, Commonwealth and Development Office", {
    abbreviations: ["FCDO", "FCO"],
    aliases: ["Foreign Office", "Foreign and Commonwealth Office"],
  }),
  organization("gb-mod", "ministry", "GB", "Ministry of Defence", { generic: DEFENSE_MINISTRY }),
  organization("gb-ctp", "police", "GB", "Counter Terrorism Policing", {
    aliases: ["Counter-Terrorism Policing"],
  }),
  organization("gb-met", "police", "GB", "Metropolitan Police Service", {
    aliases: ["Metropolitan Police", "Met Police", "Scotland Yard"],
  }),

  // Germany
  organization("de-bnd", "intelligence_service", "DE", "Federal Intelligence Service", {
    abbreviations: ["BND"],
    aliases: ["Bundesnachrichtendienst"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("de-bfv", "security_service", "DE", "Federal Office for the Protection of the Constitution", {
    abbreviations: ["BfV"],
    aliases: ["Bundesamt für Verfassungsschutz", "Verfassungsschutz"],
    generic: SECURITY_SERVICE,
  }),
  organization("de-mad", "security_service", "DE", "Federal Office for the Military Counterintelligence Service", {
    abbreviations: ["MAD", "BAMAD"],
    aliases: ["Militärischer Abschirmdienst"],
    generic: ["military counterintelligence", "military counterintelligence service"],
  }),
  foreignMinistry("DE", "Federal Foreign Office", { aliases: ["Auswärtiges Amt"], generic: ["foreign office"] }),
  organization("de-gba", "government", "DE", "Federal Prosecutor General", {
    abbreviations: ["GBA"],
    aliases: ["Generalbundesanwalt", "Federal Public Prosecutor General", "Federal Prosecutor's Office"],
    generic: ["federal prosecutor", "federal prosecutors"],
  }),

  // France
  organization("fr-dgse", "intelligence_service", "FR", "Directorate-General for External Security", {
    abbreviations: ["DGSE"],
    aliases: ["General Directorate for External Security", "Direction générale de la sécurité extérieure"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("fr-dgsi", "security_service", "FR", "General Directorate for Internal Security", {
    abbreviations: ["DGSI"],
    aliases: ["Directorate-General for Internal Security", "Direction générale de la sécurité intérieure"],
    generic: SECURITY_SERVICE,
  }),
  organization("fr-drsd", "security_service", "FR", "Directorate of Intelligence and Security of Defence", {
    abbreviations: ["DRSD"],
    aliases: ["Direction du renseignement et de la sécurité de la défense"],
    generic: ["military counterintelligence"],
  }),
  foreignMinistry("FR", "Ministry for Europe and Foreign Affairs", {
    aliases: ["Ministère de l'Europe et des Affaires étrangères"],
  }),

  // Ukraine
  organization("ua-sbu", "security_service", "UA", "Security Service of Ukraine", {
    abbreviations: ["SBU"],
    aliases: ["Sluzhba Bezpeky Ukrainy"],
    generic: SECURITY_SERVICE,
  }),
  organization(
    "ua-gur",
    "intelligence_service",
    "UA",
    "Main Intelligence Directorate of the Ministry of Defence of Ukraine",
    {
      abbreviations: ["GUR", "HUR", "GUR MO", "HUR MO", "DIU"],
      aliases: [
        "Defence Intelligence of Ukraine",
        "Main Directorate of Intelligence of the Ministry of Defence of Ukraine",
      ],
      generic: ["military intelligence", "main intelligence directorate", "defence intelligence"],
    },
  ),
  organization("ua-szru", "intelligence_service", "UA", "Foreign Intelligence Service of Ukraine", {
    abbreviations: ["SZRU", "SZR"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  foreignMinistry("UA", "Ministry of Foreign Affairs of Ukraine"),
  organization("ua-mod", "ministry", "UA", "Ministry of Defence of Ukraine", { generic: DEFENSE_MINISTRY }),
  organization("ua-pow-hq", "government", "UA", "Coordination Headquarters for the Treatment of Prisoners of War", {
    aliases: ["Coordination Headquarters for the Treatment of POWs", "Prisoner of War Affairs Directorate"],
    generic: ["coordination headquarters"],
  }),

  // China
  organization("cn-mss", "intelligence_service", "CN", "Ministry of State Security", {
    abbreviations: ["MSS"],
    aliases: ["Guoanbu"],
    generic: ["state security ministry", ...SECURITY_SERVICE],
  }),
  organization("cn-mps", "ministry", "CN", "Ministry of Public Security", { abbreviations: ["MPS"] }),
  organization("cn-ufwd", "government", "CN", "United Front Work Department", { abbreviations: ["UFWD"] }),
  foreignMinistry("CN", "Ministry of Foreign Affairs of the People's Republic of China"),

  // Israel and Iran
  organization("il-mossad", "intelligence_service", "IL", "Mossad", {
    aliases: ["Institute for Intelligence and Special Operations"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("il-shin-bet", "security_service", "IL", "Israel Security Agency", {
    abbreviations: ["ISA"],
    aliases: ["Shin Bet", "Shabak"],
    generic: SECURITY_SERVICE,
  }),
  organization("il-aman", "intelligence_service", "IL", "Aman", {
    aliases: ["Military Intelligence Directorate"],
    generic: ["military intelligence"],
  }),
  foreignMinistry("IL", "Ministry of Foreign Affairs of Israel"),
  organization("ir-mois", "intelligence_service", "IR", "Ministry of Intelligence", {
    abbreviations: ["MOIS", "VAJA"],
    aliases: ["Ministry of Intelligence of the Islamic Republic of Iran"],
  }),
  organization("ir-irgc", "military_unit", "IR", "Islamic Revolutionary Guard Corps", {
    abbreviations: ["IRGC"],
    aliases: ["Revolutionary Guards", "Sepah", "Pasdaran"],
  }),
  organization("ir-irgc-io", "intelligence_service", "IR", "IRGC Intelligence Organization", {
    aliases: ["Intelligence Organization of the Islamic Revolutionary Guard Corps"],
    parent: "ir-irgc",
  }),
  organization("ir-quds-force", "military_unit", "IR", "Quds Force", {
    aliases: ["Qods Force", "IRGC Quds Force"],
    parent: "ir-irgc",
  }),
  foreignMinistry("IR", "Ministry of Foreign Affairs of the Islamic Republic of Iran"),

  // Other European services
  organization("pl-abw", "security_service", "PL", "Internal Security Agency", {
    abbreviations: ["ABW"],
    aliases: ["Agencja Bezpieczeństwa Wewnętrznego"],
    generic: SECURITY_SERVICE,
  }),
  organization("pl-aw", "intelligence_service", "PL", "Foreign Intelligence Agency", {
    abbreviations: ["AW"],
    aliases: ["Agencja Wywiadu"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("pl-skw", "security_service", "PL", "Military Counterintelligence Service", {
    abbreviations: ["SKW"],
    generic: ["military counterintelligence"],
  }),
  foreignMinistry("PL", "Ministry of Foreign Affairs of the Republic of Poland"),
  organization("cz-bis", "security_service", "CZ", "Security Information Service", {
    abbreviations: ["BIS"],
    aliases: ["Bezpečnostní informační služba"],
    generic: SECURITY_SERVICE,
  }),
  organization("nl-aivd", "security_service", "NL", "General Intelligence and Security Service", {
    abbreviations: ["AIVD"],
    generic: SECURITY_SERVICE,
  }),
  organization("nl-mivd", "intelligence_service", "NL", "Military Intelligence and Security Service", {
    abbreviations: ["MIVD"],
    generic: ["military intelligence"],
  }),
  organization("be-vsse", "security_service", "BE", "State Security Service", {
    abbreviations: ["VSSE"],
    aliases: ["Veiligheid van de Staat", "Sûreté de l'État"],
    generic: SECURITY_SERVICE,
  }),
  organization("at-dsn", "security_service", "AT", "Directorate State Protection and Intelligence Service", {
    abbreviations: ["DSN"],
    aliases: ["Direktion Staatsschutz und Nachrichtendienst"],
    generic: SECURITY_SERVICE,
  }),
  organization("es-cni", "intelligence_service", "ES", "National Intelligence Centre", {
    abbreviations: ["CNI"],
    aliases: ["Centro Nacional de Inteligencia"],
    generic: ["intelligence service"],
  }),
  organization("it-aise", "intelligence_service", "IT", "External Intelligence and Security Agency", {
    abbreviations: ["AISE"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  organization("it-aisi", "security_service", "IT", "Internal Information and Security Agency", {
    abbreviations: ["AISI"],
    generic: SECURITY_SERVICE,
  }),
  organization("se-sapo", "security_service", "SE", "Swedish Security Service", {
    abbreviations: ["Säpo"],
    aliases: ["Säkerhetspolisen"],
    generic: SECURITY_SERVICE,
  }),
  organization("no-pst", "security_service", "NO", "Norwegian Police Security Service", {
    abbreviations: ["PST"],
    aliases: ["Politiets sikkerhetstjeneste"],
    generic: SECURITY_SERVICE,
  }),
  organization("fi-supo", "security_service", "FI", "Finnish Security and Intelligence Service", {
    abbreviations: ["Supo"],
    generic: SECURITY_SERVICE,
  }),
  organization("ee-kapo", "security_service", "EE", "Estonian Internal Security Service", {
    abbreviations: ["KAPO", "ISS"],
    aliases: ["Kaitsepolitseiamet"],
    generic: SECURITY_SERVICE,
  }),
  organization("lt-vsd", "security_service", "LT", "State Security Department of Lithuania", {
    abbreviations: ["VSD"],
    generic: SECURITY_SERVICE,
  }),
  organization("lv-vdd", "security_service", "LV", "State Security Service of Latvia", {
    abbreviations: ["VDD"],
    generic: SECURITY_SERVICE,
  }),
  organization("bg-dans", "security_service", "BG", "State Agency for National Security", {
    abbreviations: ["DANS"],
    generic: SECURITY_SERVICE,
  }),

  // Elsewhere
  organization("tr-mit", "intelligence_service", "TR", "National Intelligence Organization", {
    abbreviations: ["MIT", "MİT"],
    aliases: ["Millî İstihbarat Teşkilatı"],
  }),
  organization("in-raw", "intelligence_service", "IN", "Research and Analysis Wing", {
    abbreviations: ["RAW", "R&AW"],
    generic: FOREIGN_INTELLIGENCE,
  }),
  foreignMinistry("IN", "Ministry of External Affairs", { abbreviations: ["MEA"] }),
  organization("pk-isi", "intelligence_service", "PK", "Inter-Services Intelligence", { abbreviations: ["ISI"] }),
  organization("kp-rgb", "intelligence_service", "KP", "Reconnaissance General Bureau", { abbreviations: ["RGB"] }),
  organization("kr-nis", "intelligence_service", "KR", "National Intelligence Service", { abbreviations: ["NIS"] }),
  foreignMinistry("JP", "Ministry of Foreign Affairs of Japan", { abbreviations: ["MOFA"] }),
  foreignMinistry("TR", "Ministry of Foreign Affairs of the Republic of Türkiye"),
  organization("ca-csis", "security_service", "CA", "Canadian Security Intelligence Service", {
    abbreviations: ["CSIS"],
    generic: SECURITY_SERVICE,
  }),
  foreignMinistry("CA", "Global Affairs Canada"),
  organization("au-asio", "security_service", "AU", "Australian Security Intelligence Organisation", {
    abbreviations: ["ASIO"],
    generic: SECURITY_SERVICE,
  }),
  organization("au-asis", "intelligence_service", "AU", "Australian Secret Intelligence Service", {
    abbreviations: ["ASIS"],
    generic: FOREIGN_INTELLIGENCE,
  }),

  // International bodies
  organization("un", "international_organization", undefined, "United Nations", { abbreviations: ["UN", "U.N."] }),
  organization("eu", "international_organization", undefined, "European Union", { abbreviations: ["EU"] }),
  organization("nato", "international_organization", undefined, "North Atlantic Treaty Organization", {
    abbreviations: ["NATO"],
  }),
  organization(
    "osce",
    "international_organization",
    undefined,
    "Organization for Security and Co-operation in Europe",
    {
      abbreviations: ["OSCE"],
    },
  ),
  organization("interpol", "international_organization", undefined, "International Criminal Police Organization", {
    aliases: ["Interpol"],
  }),
];
