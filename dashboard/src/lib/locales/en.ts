import type { Messages } from './sv';

export const en: Messages = {
  app: {
    name: 'ASF Atlas',
    tagline: "Sweden's work-integrating social enterprises",
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main menu',
    regions: 'Regions',
    enterprises: 'Enterprises',
    network: 'Network',
    api: 'API',
  },
  search: {
    label: 'Search the atlas',
    placeholder: 'Search the atlas …',
    submit: 'Search',
  },
  language: {
    switchTo: 'Svenska',
    switchLabel: 'Byt till svenska',
  },
  footer: {
    sources:
      'Sources: Tillväxtverket, the regions and local media (press releases and articles), Statistics Sweden (population on 31 December 2017), Natural Earth (county borders).',
    notReported: '“Not reported” means the sources do not give the figure – not that it is zero.',
    api: 'Open GraphQL API',
  },
  ui: {
    loading: 'Loading …',
    empty: 'Nothing to show',
    errorTitle: 'Something went wrong',
    errorBody: 'The page could not be shown. Please try again in a moment, or go back to the start page.',
    retry: 'Try again',
    home: 'Go to the start page',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The address does not lead to a page in ASF Atlas.',
    exportCsv: 'Download CSV',
    showTable: 'Show as table',
    sortBy: 'Sort by {{column}}',
  },
  chart: {
    notReported: 'not reported',
    notInComparison: 'not included',
    county: 'County',
    value: 'Value',
    from: 'From',
    to: 'To',
    relation: 'Relation',
    select: 'Select {{name}}',
  },
  views: {
    placeholder: 'This view is built once the API schema is ready.',
    regionComparison: {
      title: 'Compare the regions',
      intro: 'The twelve regions funded to support work-integrating social enterprises: funding, partnerships and outcomes side by side.',
    },
    region: { title: 'Region {{code}}' },
    project: { title: 'Project' },
    organisation: { title: 'Organisation' },
    partnership: { title: 'Partnership' },
    enterprises: { title: 'Work-integrating social enterprises' },
    network: { title: 'The network', intro: 'How organisations, partnerships and projects connect.' },
    search: { title: 'Search', resultsFor: 'Results for “{{q}}”', prompt: 'Type a search term in the box at the top.' },
    api: {
      title: 'API',
      intro: 'Everything the atlas shows can be fetched from an open GraphQL API at /graphql.',
      graphiql: 'Try queries in GraphiQL',
      schema: 'Download the schema (schema.graphql)',
    },
  },
};
