// Example operations for the API page and the offline GraphiQL (graphiql.html). They are checked
// against schema/schema.graphql by apiExamples.test.ts, so they cannot drift from the API.

export interface ApiExample {
  /** Stable key, also the GraphiQL tab's order. */
  key: 'comparison' | 'allIn' | 'network' | 'path' | 'search';
  query: string;
  /** Variables as JSON text; `$organisationId`-style placeholders are filled in by GraphiQL at start. */
  variables?: string;
}

export const API_EXAMPLES: readonly ApiExample[] = [
  {
    key: 'comparison',
    query: `# The twelve regions funded for ASF work 2017–2018, side by side.
# A figure that was not reported is null with status NOT_REPORTED – never 0.
query CompareTheTwelveRegions {
  regionComparison {
    yearFrom
    yearTo
    populationYear
    rows {
      region { code name }
      population { value }
      funding {
        value
        status
        approximate
        shared
        unreportedCount
        perInhabitant { value basis }
        sources { quote source { title publisher publishedText } }
      }
      projects { value }
      enterprises { value status }
      intoWorkTarget { value comparison }
    }
  }
}
`,
  },
  {
    key: 'allIn',
    query: `# The All in project: funders and amounts, targets beside actuals, and the sources.
query AllInProject {
  project(slug: "all-in") {
    name
    status
    start { date approximate }
    end { date approximate }
    owner { name }
    fundings {
      money { amount currency }
      amountStatus
      approximate
      shared
      funder { name }
    }
    outcomeComparison {
      metric
      targets { comparison value share shareOf note }
      actuals { comparison value }
    }
    municipalities { name }
    sources { quote source { title publisher publishedText } }
  }
}
`,
  },
  {
    key: 'network',
    query: `# The network around Region Örebro län, two steps out.
# Ids are global and opaque: find one with search, e.g.
#   search(text: "Region Örebro län") { items { node { ... on Organisation { id } } } }
query NetworkAroundRegionOrebroLan($id: ID!) {
  network(around: $id, depth: 2) {
    center { label kind }
    totalNodeCount
    truncated
    nodes { id kind label distance }
    edges { kind from to role }
  }
}
`,
    variables: '{ "id": "$regionOrebroLan" }',
  },
  {
    key: 'path',
    query: `# How are Miljövårdscentrum and Hällefors kommun connected? Each step explained.
query HowAreTheyConnected($from: ID!, $to: ID!) {
  connectionPath(from: $from, to: $to) {
    length
    hops {
      from { label }
      to { label }
      explanation { sv en }
    }
  }
}
`,
    variables: '{ "from": "$miljovardscentrum", "to": "$halleforsKommun" }',
  },
  {
    key: 'search',
    query: `# Search ignores case and diacritics: "hallefors" finds Hällefors.
query Search {
  search(text: "hallefors") {
    totalCount
    items { kind match title subtitle }
  }
}
`,
  },
];

/** The organisations whose ids the examples' variables name, by placeholder. */
export const EXAMPLE_ORGANISATIONS: Record<string, string> = {
  $regionOrebroLan: 'region-orebro-lan',
  $miljovardscentrum: 'miljovardscentrum',
  $halleforsKommun: 'hallefors-kommun',
};

/** Replaces `"$placeholder"` in variables with the ids found (placeholders without an id stay). */
export function fillVariables(variables: string, ids: Readonly<Record<string, string>>): string {
  return variables.replace(/"(\$\w+)"/g, (match, name: string) => (ids[name] ? JSON.stringify(ids[name]) : match));
}
