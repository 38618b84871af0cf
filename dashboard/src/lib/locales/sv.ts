// Swedish is the source language; en.ts must have the same keys (checked by its type).
export const sv = {
  app: {
    name: 'ASF Atlas',
    tagline: 'Arbetsintegrerande sociala företag i Sverige',
    skipToContent: 'Hoppa till innehållet',
  },
  nav: {
    label: 'Huvudmeny',
    regions: 'Regioner',
    enterprises: 'Företag',
    network: 'Nätverk',
    api: 'API',
  },
  search: {
    label: 'Sök i atlasen',
    placeholder: 'Sök i atlasen …',
    submit: 'Sök',
  },
  language: {
    switchTo: 'English',
    switchLabel: 'Switch to English',
  },
  footer: {
    sources:
      'Källor: Tillväxtverket, regionerna och lokala medier (pressmeddelanden och artiklar), SCB (folkmängd 31 december 2017), Natural Earth (länsgränser).',
    notReported: '”Ej rapporterad” betyder att uppgiften saknas i källorna – inte att den är noll.',
    api: 'Öppet GraphQL-API',
  },
  ui: {
    loading: 'Laddar …',
    empty: 'Inget att visa',
    errorTitle: 'Något gick fel',
    errorBody: 'Sidan kunde inte visas. Försök igen om en stund, eller gå tillbaka till startsidan.',
    retry: 'Försök igen',
    home: 'Till startsidan',
    notFoundTitle: 'Sidan finns inte',
    notFoundBody: 'Adressen leder inte till någon sida i ASF Atlas.',
    exportCsv: 'Ladda ner CSV',
    showTable: 'Visa som tabell',
    sortBy: 'Sortera efter {{column}}',
  },
  chart: {
    notReported: 'ej rapporterad',
    notInComparison: 'ingår inte',
    county: 'Län',
    value: 'Värde',
    from: 'Från',
    to: 'Till',
    relation: 'Relation',
    select: 'Välj {{name}}',
  },
  views: {
    placeholder: 'Vyn byggs när API:ets schema är klart.',
    regionComparison: {
      title: 'Jämför regionerna',
      intro: 'De tolv regioner som fått medel för att stödja arbetsintegrerande sociala företag: finansiering, partnerskap och resultat sida vid sida.',
    },
    region: { title: 'Region {{code}}' },
    project: { title: 'Projekt' },
    organisation: { title: 'Organisation' },
    partnership: { title: 'Partnerskap' },
    enterprises: { title: 'Arbetsintegrerande sociala företag' },
    network: { title: 'Nätverket', intro: 'Hur organisationer, partnerskap och projekt hänger ihop.' },
    search: { title: 'Sök', resultsFor: 'Träffar för ”{{q}}”', prompt: 'Skriv ett sökord i rutan högst upp.' },
    api: {
      title: 'API',
      intro: 'Allt som atlasen visar kan hämtas från ett öppet GraphQL-API på /graphql.',
      graphiql: 'Prova frågor i GraphiQL',
      schema: 'Ladda ner schemat (schema.graphql)',
    },
  },
};

export type Messages = typeof sv;
