/** A short article written for the tests (no real report): a headline, a body, a related link and a quote. */
export const ARTICLE = `Norway expels three Russian diplomats

Related: Spy Agencies Are Watching the Arctic

Norway expelled three Russian diplomats on Monday, the foreign ministry in Oslo said, accusing them of activities incompatible with their status.
Moscow responded by expelling two Norwegian diplomats and closing the Norwegian consulate in Murmansk.
In 2023, Norwegian police arrested a researcher suspected of spying for Russia in Bergen. Another man was detained in Stavanger in March.
Analysts say more expulsions could follow. "Embassies are listening posts," one of them said.`;

export const ARTICLE_PUBLISHED = "2024-05-15";
