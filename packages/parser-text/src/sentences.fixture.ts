/**
 * Test sentences written for this package (not taken from any article): what a reader of the news would expect
 * from each. `published` defaults to 2024-05-15, a Wednesday. An empty `events` list is a near miss: a sentence
 * that talks about an event type without reporting one (negated, planned, possible, generic, asked).
 */
export interface ExpectedEvent {
  readonly type: string;
  readonly initiator?: string | null;
  readonly target?: string | null;
  readonly count?: number | null;
  readonly countQualifier?: string;
  readonly date?: string | null;
  readonly country?: string | null;
  readonly city?: string | null;
  readonly persons?: readonly string[];
  readonly attribution?: string;
}

export interface SentenceCase {
  readonly text: string;
  readonly events: readonly ExpectedEvent[];
  /** Defaults to 2024-05-15; `null` for an article whose date is unknown. */
  readonly published?: string | null;
}

export const POSITIVES: readonly SentenceCase[] = [
  // expulsion
  {
    text: "Poland expelled 45 Russian diplomats on Friday.",
    events: [{ type: "expulsion", initiator: "PL", target: "RU", count: 45, date: "2024-05-10", country: "PL" }],
  },
  {
    text: "The Czech Republic declared two Russian embassy employees persona non grata.",
    events: [{ type: "expulsion", initiator: "CZ", target: "RU", count: 2 }],
  },
  {
    text: "Britain ordered 23 Russian diplomats to leave the country within a week.",
    events: [{ type: "expulsion", initiator: "GB", target: "RU", count: 23, country: "GB" }],
  },
  {
    text: "Germany sent four Russian diplomats home in April 2022.",
    events: [{ type: "expulsion", initiator: "DE", target: "RU", count: 4, date: "2022-04" }],
  },
  {
    text: "Dozens of Russian diplomats have been expelled from Bulgaria.",
    events: [{ type: "expulsion", initiator: "BG", target: "RU", count: null, countQualifier: "dozens" }],
  },
  {
    text: "Moscow announced the expulsion of ten Estonian diplomats.",
    events: [{ type: "expulsion", initiator: "RU", target: "EE", count: 10 }],
  },
  {
    text: "In March 2018, Washington expelled 60 Russian officials and closed the Russian consulate in Seattle.",
    events: [
      { type: "expulsion", initiator: "US", target: "RU", count: 60, date: "2018-03", country: "US" },
      { type: "mission_closure", initiator: "US", target: "RU", date: "2018-03", city: "Seattle" },
    ],
  },
  {
    text: "Norway expelled three Russian embassy staff it suspected of spying.",
    events: [{ type: "expulsion", initiator: "NO", target: "RU", count: 3 }],
  },
  {
    text: "Lithuania and Latvia expelled the Russian ambassadors last month.",
    events: [
      { type: "expulsion", initiator: "LT", target: "RU", date: "2024-04" },
      { type: "expulsion", initiator: "LV", target: "RU", date: "2024-04" },
    ],
  },
  {
    text: "The Netherlands expelled 17 Russian intelligence officers posing as diplomats.",
    events: [{ type: "expulsion", initiator: "NL", target: "RU", count: 17 }],
  },
  {
    text: "Some 40 Russian diplomats were expelled by Slovenia in April.",
    events: [
      { type: "expulsion", initiator: "SI", target: "RU", count: 40, countQualifier: "approximate", date: "2024-04" },
    ],
  },
  {
    text: "About 400 Russian diplomats were expelled from European capitals in 2022.",
    events: [{ type: "expulsion", initiator: null, target: "RU", count: 400, date: "2022" }],
  },
  {
    text: "Japan expelled eight Russian diplomats and trade officials.",
    events: [{ type: "expulsion", initiator: "JP", target: "RU", count: 8 }],
  },
  {
    text: "Kyiv expelled a Belarusian diplomat accused of espionage.",
    events: [{ type: "expulsion", initiator: "UA", target: "BY", count: 1 }],
  },
  {
    text: "Austria declared a Russian diplomat persona non grata on Tuesday.",
    events: [{ type: "expulsion", initiator: "AT", target: "RU", count: 1, date: "2024-05-14" }],
  },
  {
    text: "Estonia gave the Russian chargé d'affaires 72 hours to leave.",
    events: [{ type: "expulsion", initiator: "EE", target: "RU", count: null }],
  },
  {
    text: "Canada expelled a Chinese diplomat accused of targeting a member of parliament.",
    events: [{ type: "expulsion", initiator: "CA", target: "CN", count: 1 }],
  },
  {
    text: "Beijing expelled two Canadian diplomats in response.",
    events: [{ type: "expulsion", initiator: "CN", target: "CA", count: 2, country: "CN" }],
  },
  {
    text: "Five Russian diplomats were expelled by Sweden in 2021.",
    events: [{ type: "expulsion", initiator: "SE", target: "RU", count: 5, date: "2021" }],
  },
  {
    text: "More than 100 Russian diplomats have been kicked out of the United States since 2016.",
    events: [{ type: "expulsion", target: "RU", count: 100, countQualifier: "more_than" }],
  },
  {
    text: "Hungary expelled two Russian diplomats last month.",
    published: null,
    events: [{ type: "expulsion", initiator: "HU", target: "RU", count: 2, date: null }],
  },
  {
    text: "The Czech foreign ministry said on Thursday it had ordered two Russian diplomats to leave the country within 72 hours.",
    events: [
      { type: "expulsion", initiator: "CZ", target: "RU", count: 2, date: "2024-05-09", attribution: "reported" },
    ],
  },
  {
    text: "Russia's foreign ministry summoned the Czech ambassador and said it would expel 20 Czech diplomats.",
    events: [{ type: "expulsion", initiator: "RU", target: "CZ", count: 20 }],
  },
  {
    text: 'Germany has declared two Russian embassy employees "persona non grata".',
    events: [{ type: "expulsion", initiator: "DE", target: "RU", count: 2 }],
  },
  {
    text: "Austria has expelled about a dozen Russian diplomats since 2020.",
    events: [
      { type: "expulsion", initiator: "AT", target: "RU", count: 12, countQualifier: "approximate", date: "2020/.." },
    ],
  },
  {
    text: "The Netherlands said it had expelled two Russian diplomats who were suspected of spying on high-tech companies.",
    events: [{ type: "expulsion", initiator: "NL", target: "RU", count: 2 }],
  },
  {
    text: "Meanwhile, the Estonian government expelled the head of the Russian Orthodox Church in the country.",
    events: [{ type: "expulsion", initiator: "EE", target: "RU", persons: [] }],
  },
  {
    text: "Polish prosecutors have charged 16 people with spying for Russia since the start of the war, a spokesman said.",
    events: [{ type: "charge", initiator: "PL", target: "RU", count: 16, attribution: "reported" }],
  },
  {
    text: "Ten Russian diplomats were told to leave Slovakia.",
    events: [{ type: "expulsion", initiator: "SK", target: "RU", count: 10 }],
  },
  {
    text: "Britain is expelling 23 Russian diplomats.",
    events: [{ type: "expulsion", initiator: "GB", target: "RU", count: 23 }],
  },
  {
    text: "In the 1980s, Britain and the Soviet Union expelled dozens of each other's diplomats.",
    events: [
      { type: "expulsion", initiator: "GB", target: "SU", countQualifier: "dozens" },
      { type: "expulsion", initiator: "SU", target: "GB", countQualifier: "dozens" },
    ],
  },
  {
    text: "Poland's foreign minister announced that 45 Russian diplomats would be expelled.",
    events: [{ type: "expulsion", initiator: "PL", target: "RU", count: 45 }],
  },
  {
    text: "The Russian embassy's press attaché was given 48 hours to leave Norway.",
    events: [{ type: "expulsion", initiator: "NO", target: "RU", count: null }],
  },
  {
    text: "Lithuania declared three Russian diplomats personae non gratae and gave them five days to leave.",
    events: [{ type: "expulsion", initiator: "LT", target: "RU", count: 3 }],
  },
  // mission closure and opening
  {
    text: "Separately, the State Department said Russia had closed the last two American consulates in Yekaterinburg and Vladivostok in 2021.",
    events: [
      {
        type: "mission_closure",
        initiator: "RU",
        target: "US",
        count: 2,
        date: "2021",
        country: "RU",
        city: null,
        attribution: "reported",
      },
    ],
  },
  {
    text: "The United States closed the Russian consulate in San Francisco in 2017.",
    events: [{ type: "mission_closure", initiator: "US", target: "RU", city: "San Francisco", date: "2017" }],
  },
  {
    text: "Russia shut down the U.S. consulate in Yekaterinburg.",
    events: [{ type: "mission_closure", initiator: "RU", target: "US", city: "Yekaterinburg" }],
  },
  {
    text: "Lithuania ordered the closure of the Russian consulate in Klaipeda.",
    events: [{ type: "mission_closure", initiator: "LT", target: "RU", country: "LT" }],
  },
  {
    text: "China closed the American consulate in Chengdu in July 2020.",
    events: [{ type: "mission_closure", initiator: "CN", target: "US", city: "Chengdu", date: "2020-07" }],
  },
  {
    text: "Canada shut its embassy in Tehran in 2012.",
    events: [{ type: "mission_closure", initiator: "CA", city: "Tehran", date: "2012" }],
  },
  {
    text: "Saudi Arabia reopened its embassy in Damascus in 2024.",
    events: [{ type: "mission_opening", initiator: "SA", city: "Damascus", date: "2024" }],
  },
  {
    text: "The United States reopened its embassy in Kyiv in May 2022.",
    events: [{ type: "mission_opening", initiator: "US", city: "Kyiv", date: "2022-05" }],
  },
  {
    text: "China opened a new consulate in Karachi.",
    events: [{ type: "mission_opening", initiator: "CN", city: "Karachi" }],
  },
  // property seizure
  {
    text: "The U.S. seized two Russian diplomatic compounds in 2016.",
    events: [{ type: "property_seizure", initiator: "US", target: "RU", count: 2, date: "2016", country: "US" }],
  },
  {
    text: "Poland took over a Russian embassy school building in Warsaw.",
    events: [{ type: "property_seizure", initiator: "PL", target: "RU", city: "Warsaw" }],
  },
  {
    text: "Russia confiscated the dacha used by American diplomats outside Moscow.",
    events: [{ type: "property_seizure", initiator: "RU", target: "US", city: "Moscow" }],
  },
  {
    text: "Two Russian residences were seized by the Dutch authorities.",
    events: [{ type: "property_seizure", initiator: "NL", target: "RU", count: 2 }],
  },
  // talks
  {
    text: "Russian and American officials met in Geneva on Monday to discuss the embassies.",
    events: [{ type: "talks", initiator: "RU", target: "US", city: "Geneva", date: "2024-05-13" }],
  },
  {
    text: "Diplomats from Iran and Saudi Arabia held talks in Beijing in March 2023.",
    events: [{ type: "talks", initiator: "IR", target: "SA", city: "Beijing", date: "2023-03" }],
  },
  {
    text: "A round of negotiations between Armenia and Azerbaijan took place in Washington last week.",
    events: [{ type: "talks", initiator: "AM", target: "AZ", city: "Washington" }],
  },
  {
    text: "The foreign ministers of Russia and Turkey discussed the war in Ankara on June 3, 2023.",
    events: [{ type: "talks", initiator: "RU", target: "TR", city: "Ankara", date: "2023-06-03" }],
  },
  {
    text: "A summit between North Korea and Russia was held in Vladivostok in April 2019.",
    events: [{ type: "talks", initiator: "KP", target: "RU", city: "Vladivostok", date: "2019-04" }],
  },
  {
    text: "Officials from Qatar and Israel met for talks in Doha in January. Another meeting took place in Cairo.",
    events: [
      { type: "talks", initiator: "QA", target: "IL", city: "Doha", date: "2024-01" },
      { type: "talks", initiator: "QA", target: "IL", city: "Cairo" },
    ],
  },
  // arrest
  {
    text: "In February 2022, Polish police arrested a man accused of spying for Russia.",
    events: [{ type: "arrest", initiator: "PL", target: "RU", date: "2022-02", country: "PL" }],
  },
  {
    text: "German prosecutors said two men were detained in Bayreuth on suspicion of spying for Russia.",
    events: [{ type: "arrest", initiator: "DE", target: "RU", count: 2, city: "Bayreuth", attribution: "reported" }],
  },
  {
    text: "Britain arrested three Bulgarians suspected of working for Russian intelligence.",
    events: [{ type: "arrest", initiator: "GB", target: "RU", count: 3 }],
  },
  {
    text: "The FSB detained a U.S. journalist in Yekaterinburg in March 2023.",
    events: [{ type: "arrest", initiator: "RU", target: null, city: "Yekaterinburg", date: "2023-03", count: 1 }],
  },
  {
    text: "Estonian security police arrested a university professor suspected of spying for China.",
    events: [{ type: "arrest", initiator: "EE", target: "CN", count: 1 }],
  },
  {
    text: "Two GRU officers were arrested in the Netherlands in 2018.",
    events: [{ type: "arrest", initiator: "NL", target: "RU", count: 2, date: "2018" }],
  },
  {
    text: "Austrian authorities detained a retired colonel who had spied for Moscow for decades.",
    events: [{ type: "arrest", initiator: "AT", target: "RU", count: 1 }],
  },
  {
    text: "Two suspected Russian spies were arrested in Poland on Tuesday.",
    events: [{ type: "arrest", initiator: "PL", target: "RU", count: 2, date: "2024-05-14" }],
  },
  {
    text: "A court in Moscow sentenced Evan Gershkovich, a U.S. reporter, to 16 years for espionage in July 2023.",
    events: [{ type: "conviction", initiator: "RU", persons: ["Evan Gershkovich"], count: 1, city: "Moscow" }],
  },
  {
    text: "The FSB arrested a Ukrainian citizen accused of planning sabotage on railways in the Bryansk region.",
    events: [{ type: "arrest", initiator: "RU", count: 1 }],
  },
  {
    text: "A Russian national suspected of spying was detained at Frankfurt airport.",
    events: [{ type: "arrest", initiator: "DE", count: 1, country: "DE" }],
  },
  {
    text: "Ukraine's SBU said it had detained two FSB agents planning attacks in Kyiv.",
    events: [{ type: "arrest", initiator: "UA", target: "RU", count: 2, city: "Kyiv" }],
  },
  {
    text: "A court in Tallinn convicted two men of spying for Russia and sentenced them to six years in prison.",
    events: [{ type: "conviction", initiator: "EE", target: "RU", count: 2, city: "Tallinn" }],
  },
  // charge
  {
    text: "U.S. prosecutors charged two Russian nationals with hacking in 2018.",
    events: [{ type: "charge", initiator: "US", count: 2, date: "2018" }],
  },
  {
    text: "A Swedish court charged a former intelligence officer with spying for Russia.",
    events: [{ type: "charge", initiator: "SE", target: "RU", count: 1 }],
  },
  {
    text: "Prosecutors in Germany indicted three men accused of plotting sabotage for Russia.",
    events: [{ type: "charge", initiator: "DE", target: "RU", count: 3 }],
  },
  // conviction
  {
    text: "A Moscow court sentenced the American reporter to 16 years in prison in July 2023.",
    events: [{ type: "conviction", initiator: "RU", date: "2023-07" }],
  },
  {
    text: "An Estonian court convicted a former defence official of spying for Russia.",
    events: [{ type: "conviction", initiator: "EE", target: "RU", count: 1 }],
  },
  {
    text: "He was jailed for 12 years in Poland for spying for Belarus.",
    events: [{ type: "conviction", initiator: "PL", target: "BY", count: null }],
  },
  {
    text: "A British man was found guilty in London of passing secrets to Russia.",
    events: [{ type: "conviction", initiator: "GB", target: "RU", city: "London" }],
  },
  // defection
  {
    text: "A Russian helicopter pilot defected to Ukraine in August 2023.",
    events: [{ type: "defection", initiator: "UA", target: "RU", date: "2023-08" }],
  },
  {
    text: "Colonel Oleg Gordievsky defected to Britain from the Soviet Union in 1985.",
    events: [
      { type: "defection", initiator: "GB", target: "SU", date: "1985", persons: ["Oleg Gordievsky"], count: 1 },
    ],
  },
  {
    text: "The North Korean diplomat Ri Il Kyu fled to South Korea in 2023.",
    events: [{ type: "defection", initiator: "KR", target: "KP", persons: ["Ri Il Kyu"], date: "2023" }],
  },
  {
    text: "Sweden granted asylum to a former GRU officer, Ivan Petrov.",
    events: [{ type: "defection", initiator: "SE", target: "RU", persons: ["Ivan Petrov"], count: 1 }],
  },
  {
    text: "Viktor Belenko flew his fighter jet to Japan in 1976 and defected.",
    events: [{ type: "defection", initiator: "JP", persons: ["Viktor Belenko"], date: "1976" }],
  },
  {
    text: "An officer of the Belarusian KGB fled to Lithuania.",
    events: [{ type: "defection", initiator: "LT", target: "BY" }],
  },
  {
    text: "In August 2023, Russian pilot Maxim Orlov flew his helicopter to Ukraine.",
    events: [{ type: "defection", initiator: "UA", target: "RU", persons: ["Maxim Orlov"], date: "2023-08", count: 1 }],
  },
  // assassination
  {
    text: "Former GRU colonel Sergei Petrenko was shot dead in Madrid on Monday.",
    events: [
      {
        type: "assassination",
        persons: ["Sergei Petrenko"],
        city: "Madrid",
        date: "2024-05-13",
        count: 1,
        initiator: null,
      },
    ],
  },
  {
    text: "A Chechen dissident was killed in a Berlin park in August 2019.",
    events: [{ type: "assassination", city: "Berlin", date: "2019-08", initiator: null }],
  },
  {
    text: "Ukrainian intelligence killed a Russian officer in Moscow with a car bomb.",
    events: [{ type: "assassination", initiator: "UA", city: "Moscow", target: null }],
  },
  {
    text: "The defector was murdered outside his home in Alicante.",
    events: [{ type: "assassination", city: "Alicante", initiator: null }],
  },
  {
    text: "Russian agents assassinated the exiled businessman in London, British police said.",
    events: [{ type: "assassination", initiator: "RU", city: "London", attribution: "reported" }],
  },
  {
    text: "A Russian pilot who defected to Ukraine last year was found shot dead in an underground garage in southern Spain, Spanish media reported on Wednesday.",
    events: [
      { type: "defection", initiator: "UA", target: "RU", date: "2023", count: 1 },
      { type: "assassination", initiator: null, count: 1, country: "ES", date: null, attribution: "reported" },
    ],
  },
  {
    text: "In 2020, Germany expelled two Russian diplomats after federal prosecutors concluded that the Russian state was behind the murder of Zelimkhan Khangoshvili in Berlin.",
    events: [
      { type: "expulsion", initiator: "DE", target: "RU", count: 2, date: "2020" },
      { type: "assassination", initiator: "RU", persons: ["Zelimkhan Khangoshvili"], city: "Berlin", date: null },
    ],
  },
  {
    text: "Germany on Wednesday expelled two Russian diplomats after a court found that Moscow had ordered the killing of a Georgian dissident in a Berlin park.",
    events: [
      { type: "expulsion", initiator: "DE", target: "RU", count: 2, date: "2024-05-15" },
      { type: "assassination", initiator: "RU", count: 1, city: "Berlin" },
    ],
  },
  // attempted assassination
  {
    text: "Russian agents tried to kill the former spy in Salisbury in March 2018.",
    events: [{ type: "attempted_assassination", initiator: "RU", city: "Salisbury", date: "2018-03" }],
  },
  {
    text: "German police foiled a Russian plot to kill the head of an arms maker.",
    events: [{ type: "attempted_assassination", initiator: "RU" }],
  },
  {
    text: "An attempt on the life of a Ukrainian blogger was made in Berlin.",
    events: [{ type: "attempted_assassination", city: "Berlin", initiator: null }],
  },
  {
    text: "Investigators said agents from Russia had carried out attacks in Europe, including planting explosives on cargo planes and trying to kill a defector.",
    events: [
      { type: "sabotage", initiator: "RU", attribution: "reported" },
      { type: "attempted_assassination", initiator: "RU", attribution: "reported" },
    ],
  },
  // poisoning
  {
    text: "Former spy Sergei Skripal and his daughter were poisoned with a nerve agent in Salisbury in March 2018.",
    events: [
      { type: "poisoning", persons: ["Sergei Skripal"], count: 2, city: "Salisbury", date: "2018-03", initiator: null },
    ],
  },
  {
    text: "Opposition politician Alexei Navalny was poisoned on a flight from Tomsk in August 2020.",
    events: [{ type: "poisoning", persons: ["Alexei Navalny"], date: "2020-08", count: 1 }],
  },
  {
    text: "Agents of the FSB poisoned the activist in Moscow.",
    events: [{ type: "poisoning", initiator: "RU", city: "Moscow" }],
  },
  // suspicious death
  {
    text: "A Russian oil executive fell from a hospital window in Moscow in September 2022.",
    events: [{ type: "suspicious_death", city: "Moscow", date: "2022-09", initiator: null, target: null }],
  },
  {
    text: "The businessman was found dead at his villa near Marbella.",
    events: [{ type: "suspicious_death", city: "Marbella", country: "ES" }],
  },
  {
    text: "Investigators are looking into the mysterious death of a former gas executive in Saint Petersburg.",
    events: [{ type: "suspicious_death", city: "Saint Petersburg" }],
  },
  {
    text: "Pavel Antov died after falling from a hotel window in India in December 2022.",
    events: [{ type: "suspicious_death", persons: ["Pavel Antov"], country: "IN", date: "2022-12", count: 1 }],
  },
  {
    text: "Police are investigating the deaths of banker Igor Lebedev, a former adviser to the ministry, and his wife at their villa near Marbella.",
    events: [{ type: "suspicious_death", persons: ["Igor Lebedev"], count: 2, city: "Marbella" }],
  },
  {
    text: "Two Russian defectors were found dead in their apartment in Limassol.",
    events: [{ type: "suspicious_death", count: 2, city: "Limassol" }],
  },
  // sabotage
  {
    text: "Saboteurs set fire to a warehouse in London in March 2024.",
    events: [{ type: "sabotage", city: "London", date: "2024-03", initiator: null }],
  },
  {
    text: "Russian military intelligence planted incendiary devices on cargo planes in Leipzig.",
    events: [{ type: "sabotage", initiator: "RU", city: "Leipzig" }],
  },
  {
    text: "A railway line was sabotaged near Gdansk in November 2023.",
    events: [{ type: "sabotage", city: "Gdańsk", date: "2023-11" }],
  },
  // cyber and influence operations
  {
    text: "Russian military hackers hacked into the Bundestag network in 2015.",
    events: [{ type: "cyber_operation", initiator: "RU", date: "2015" }],
  },
  {
    text: "A cyberattack attributed to China hit the Czech foreign ministry.",
    events: [{ type: "cyber_operation", initiator: "CN" }],
  },
  {
    text: "The GRU hacked the email accounts of the Democratic National Committee in 2016.",
    events: [{ type: "cyber_operation", initiator: "RU", date: "2016" }],
  },
  {
    text: "British officials accused the GRU of carrying out a cyberattack on the Organisation for the Prohibition of Chemical Weapons in The Hague in 2018.",
    events: [{ type: "cyber_operation", initiator: "RU", date: "2018", city: "The Hague", persons: [] }],
  },
  {
    text: "Russian hackers breached the networks of the German defence ministry.",
    events: [{ type: "cyber_operation", initiator: "RU" }],
  },
  {
    text: "Russia interfered in the 2016 U.S. presidential election.",
    events: [{ type: "influence_operation", initiator: "RU", target: "US", date: "2016" }],
  },
  {
    text: "Moscow was accused of meddling in the French election in 2017.",
    events: [{ type: "influence_operation", initiator: "RU", target: "FR", date: "2017", attribution: "alleged" }],
  },
  {
    text: "A Chinese influence campaign targeted Canadian voters in 2021.",
    events: [{ type: "influence_operation", initiator: "CN", date: "2021" }],
  },
  // exposure
  {
    text: "The Dutch government published the names of four GRU officers.",
    events: [{ type: "exposure", initiator: "NL", target: "RU", count: 4 }],
  },
  {
    text: "Ukraine's military intelligence published a list of 600 alleged Russian agents in 2022.",
    events: [{ type: "exposure", initiator: "UA", target: "RU", count: 600, date: "2022" }],
  },
  {
    text: "Investigative journalists revealed the identities of three Russian officers.",
    events: [{ type: "exposure", initiator: null, target: "RU", count: 3 }],
  },
  {
    text: "Estonian authorities exposed a Russian spy ring operating in Tallinn.",
    events: [{ type: "exposure", initiator: "EE", target: "RU", count: null, city: "Tallinn" }],
  },
  // prisoner exchange
  {
    text: "Russia and the United States swapped prisoners in Abu Dhabi in December 2022.",
    events: [{ type: "prisoner_exchange", initiator: "RU", target: "US", city: "Abu Dhabi", date: "2022-12" }],
  },
  {
    text: "Ukraine and Russia exchanged 95 prisoners of war in January.",
    events: [{ type: "prisoner_exchange", initiator: "UA", target: "RU", count: 95, date: "2024-01" }],
  },
  {
    text: "The largest prisoner exchange since the Cold War took place in Ankara on August 1, 2024.",
    published: "2024-09-01",
    events: [{ type: "prisoner_exchange", city: "Ankara", date: "2024-08-01" }],
  },
  {
    text: "The United States and Russia exchanged prisoners on Thursday, freeing a Russian arms dealer in return for an American basketball player. The swap took place at the airport in Abu Dhabi and was brokered by the United Arab Emirates.",
    events: [{ type: "prisoner_exchange", initiator: "US", target: "RU", date: "2024-05-09", city: "Abu Dhabi" }],
  },
  // sanction
  {
    text: "The European Union imposed sanctions on 12 Russian officials over the poisoning.",
    events: [{ type: "sanction", initiator: "org:eu", target: "RU", count: 12 }],
  },
  {
    text: "Washington sanctioned five Chinese companies for helping Russia's military.",
    events: [{ type: "sanction", initiator: "US", target: "CN", count: 5 }],
  },
  {
    text: "Britain froze the assets of three GRU officers in 2018.",
    events: [{ type: "sanction", initiator: "GB", target: "RU", count: 3, date: "2018" }],
  },
  // escape
  {
    text: "A Russian businessman escaped from house arrest near Milan in March 2023.",
    events: [{ type: "escape", city: "Milan", date: "2023-03", initiator: null, target: null }],
  },
  {
    text: "The convicted spy George Blake escaped from Wormwood Scrubs prison in 1966.",
    events: [{ type: "escape", persons: ["George Blake"], date: "1966", count: 1 }],
  },
  {
    text: "Two suspects broke out of a prison in Lithuania.",
    events: [{ type: "escape", count: 2, country: "LT" }],
  },
  // presence
  {
    text: "There are about 150 Russian diplomats in Austria.",
    events: [
      { type: "presence", initiator: "RU", target: "AT", count: 150, countQualifier: "approximate", country: "AT" },
    ],
  },
  {
    text: "The United States has around 200 diplomats in China.",
    events: [{ type: "presence", initiator: "US", target: "CN", count: 200 }],
  },
  {
    text: "Russia had 35 intelligence officers in Canada at the time.",
    events: [{ type: "presence", initiator: "RU", target: "CA", count: 35 }],
  },
  {
    text: "The U.S. embassy in Moscow now has fewer than 150 staff.",
    events: [
      { type: "presence", initiator: "US", target: "RU", count: 150, countQualifier: "fewer_than", city: "Moscow" },
    ],
  },
  {
    text: "Russia has been accused of running a disinformation campaign aimed at German voters.",
    events: [{ type: "influence_operation", initiator: "RU", target: "DE", attribution: "alleged" }],
  },
  {
    text: "Last week, Poland's Internal Security Agency arrested a Belarusian man on suspicion of spying for Minsk.",
    events: [{ type: "arrest", initiator: "PL", target: "BY", count: 1, date: "2024-05-05/2024-05-11" }],
  },
  // across sentences
  {
    text: "Estonia expelled a Russian diplomat in January. Another two were expelled in March.",
    events: [
      { type: "expulsion", initiator: "EE", target: "RU", count: 1, date: "2024-01" },
      { type: "expulsion", initiator: "EE", target: "RU", count: 2, date: "2024-03" },
    ],
  },
  {
    text: "France, Germany and Italy expelled Russian diplomats in April 2022.",
    events: [
      { type: "expulsion", initiator: "FR", target: "RU", date: "2022-04" },
      { type: "expulsion", initiator: "DE", target: "RU", date: "2022-04" },
      { type: "expulsion", initiator: "IT", target: "RU", date: "2022-04" },
    ],
  },
  {
    text: "Poland expels 45 Russian diplomats\n\nPoland expelled 45 Russian diplomats on Friday, the foreign ministry said.",
    events: [{ type: "expulsion", initiator: "PL", target: "RU", count: 45, date: "2024-05-10" }],
  },
  {
    text: "Investigators traced the fire to Russia. Agents from that country had planted explosives on a freight train.",
    events: [{ type: "sabotage", initiator: "RU" }],
  },
];

export const NEGATIVES: readonly string[] = [
  "Poland could expel more Russian diplomats.",
  "Germany did not expel any diplomats.",
  "Britain never expelled the attaché.",
  "Russia threatened to expel British diplomats.",
  "Lithuania plans to close the Russian consulate.",
  "If Moscow expels our diplomats, we will respond.",
  "Russian embassies are nests for spies.",
  "Expulsions rarely change anything.",
  "Diplomats are often expelled for espionage.",
  "The two countries are in talks about reopening their embassies.",
  "Will Hungary expel Russian diplomats?",
  "The government is considering closing the embassy.",
  "Russian agents kill defectors abroad.",
  "There is a risk of sabotage at the port.",
  "These expulsions have damaged relations.",
  "The expulsions were condemned by Moscow.",
  "Analysts fear that Russia might poison more critics.",
  "She was not arrested.",
  "Nobody has been charged.",
  "The minister said he would not close the embassy.",
  "No diplomats were expelled.",
  "Talks between the two sides could resume next month.",
  "Moscow wants to swap prisoners.",
  "Ukraine hopes to exchange the prisoners soon.",
  "The court may convict him in absentia.",
  "Sanctions against Iran have been discussed for years.",
  "Intelligence services routinely hack foreign networks.",
  "The spy agency has the capability to sabotage power grids.",
  "Poland is unlikely to expel more diplomats.",
  "Officials discussed whether to expel the attaché.",
  "Russia denies poisoning the former spy.",
  "Several countries are expected to expel Russian diplomats.",
  "Relations have soured since the expulsions.",
  "Washington is open to a prisoner swap.",
  "Experts warn that agents might rebuild their networks and sabotage railways.",
  "The Kremlin is trying to track down and kill defectors one by one.",
  "Famous Russians have died under unusual circumstances on three continents.",
  "Some of them may have died of natural causes.",
  "Spy agencies have long used embassies as cover.",
  "The embassy remains open.",
  "Defectors are hunted by their former services.",
  "He said the defector would not live long.",
  "Murder cases and attempted murders have multiplied.",
  "A wave of expulsions followed the invasion.",
  "Security officials worry that the consulate could reopen.",
  "Prague refused to extradite the suspect.",
  "The agency has never published the names of its officers.",
  "Should the allies sanction Moscow again?",
  "It is hard to say who was behind the cyberattacks.",
  "The US and Russia have agreed to work on reopening their embassies.",
  "Russia might try to assassinate more defectors.",
  "Lithuania will close the Russian consulate in Klaipeda next month.",
  "Ukrainian officials say the exchange of prisoners with Russia may resume soon.",
  "Russia warned it would expel more diplomats.",
  "Latvia has revoked the residence permits of two Russian journalists.",
  "He faces up to ten years in prison if convicted.",
  "The Kremlin has repeatedly denied ordering the poisoning.",
  "Officials in Washington said talks on further exchanges could continue.",
  "Hungary did not join the coordinated expulsions.",
  "Serbian authorities deported a Russian activist in 2023.",
  "The foreign ministry summoned the Russian ambassador.",
  "Every expulsion weakens Moscow's networks, experts say, but the services adapt quickly.",
  '"When one officer is expelled, another arrives under a different cover," said a former intelligence officer.',
  "Russia typically responds to expulsions with its own, a pattern known as reciprocity.",
  "Some governments have been reluctant to expel diplomats for fear of retaliation.",
  "The arrests of alleged saboteurs in Germany and Poland show how the threat has changed.",
  "If the allies coordinate their expulsions, the impact could be greater.",
  "Critics argue that closing embassies only hurts ordinary citizens.",
  "A senior official, speaking on condition of anonymity, said more arrests were likely.",
  "The ministry neither confirmed nor denied that an officer had defected.",
  "Finland closed its border with Russia in 2023.",
  "Germany and France are considering tougher measures against Russian diplomats suspected of espionage.",
  "Russian intelligence has recruited criminals to carry out arson attacks across Europe.",
  "Officials feared that spies would infiltrate the ministry.",
];
