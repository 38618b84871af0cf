/**
 * Vocabulary for synthetic names. Swedish-sounding on purpose (so search has diacritics to fold), but
 * every combination is invented; nothing here names a real organisation or project.
 */

export const ADJECTIVES = [
  'Gröna',
  'Nya',
  'Lilla',
  'Stora',
  'Södra',
  'Norra',
  'Östra',
  'Västra',
  'Gamla',
  'Blå',
  'Röda',
  'Ljusa',
  'Öppna',
  'Gemensamma',
  'Fria',
  'Trygga',
  'Hållbara',
  'Lokala',
  'Sociala',
  'Kreativa',
] as const;

export const NOUNS = [
  'Verkstaden',
  'Snickeriet',
  'Bageriet',
  'Trädgården',
  'Kaféet',
  'Returen',
  'Kompassen',
  'Bryggan',
  'Hörnan',
  'Gården',
  'Ateljén',
  'Kooperativet',
  'Tvätteriet',
  'Cykelverkstan',
  'Köket',
  'Sömnaden',
  'Växthuset',
  'Ladan',
  'Smedjan',
  'Butiken',
  'Möbellagret',
  'Kvarnen',
  'Fiket',
  'Byggstenen',
  'Odlingen',
  'Återbruket',
  'Hantverket',
  'Språnget',
  'Nystarten',
  'Vägvalet',
] as const;

export const SURNAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Åberg',
  'Öberg',
  'Ström',
] as const;

export const UNITS = ['arbetsmarknadsenhet', 'näringslivsenhet', 'utvecklingsenhet', 'socialförvaltning', 'vuxenutbildning'] as const;

export const AGENCY_WORDS = ['Arbets', 'Tillväxt', 'Försäkrings', 'Utvecklings', 'Integrations', 'Kompetens'] as const;

export const THEMES = [
  'Vägen till arbete',
  'Steg för steg',
  'Jobbsprånget',
  'Nya möjligheter',
  'Social ekonomi i praktiken',
  'Inkludering genom företagande',
  'Arbetsträning',
  'Från bidrag till lön',
  'Kompetenslyftet',
  'Gröna jobb',
  'Hållbar återgång',
  'Ung framtid',
  'Språk och arbete',
  'Nätverk för sociala företag',
  'Starta socialt',
  'Mötesplats arbete',
  'Framtidsverkstan',
  'Brobygget',
  'Lärande i arbete',
  'Egen försörjning',
] as const;

export const PARTNERSHIP_WORDS = ['Partnerskap', 'Nätverk', 'Samverkan', 'Plattform', 'Forum', 'Kluster'] as const;

export const PARTNERSHIP_TOPICS = [
  'för sociala företag',
  'för social innovation',
  'för arbetsintegration',
  'social ekonomi',
  'för återbruk',
  'för hållbar tillväxt',
  'för inkludering',
  'för nya jobb',
] as const;

export const PROGRAMME_WORDS = [
  'Socialfonden',
  'Regionalfonden',
  'Utvecklingsfonden',
  'Innovationsprogrammet',
  'Inkluderingsstödet',
] as const;

export const LEGAL_FORMS = [
  'ekonomisk förening',
  'ideell förening',
  'aktiebolag med särskild vinstutdelningsbegränsning',
  'aktiebolag',
  'stiftelse',
] as const;

export const BUSINESS_LINES = [
  'Café och catering',
  'Second hand och återbruk',
  'Snickeri och möbelrenovering',
  'Städ och fastighetsskötsel',
  'Trädgård och odling',
  'Cykelreparationer',
  'Tvätt och sömnad',
  'Bageri',
  'Flytt och transport',
  'Hunddagis',
] as const;

export const INTEGRATION_LINES = [
  'Arbetsträning',
  'Praktik och handledning',
  'Anställning med lönestöd',
  'Arbetsprövning',
  'Rehabilitering',
  'Språkträning på arbetsplatsen',
] as const;

export const PHASES = ['Analys och planering', 'Genomförande', 'Avslutning'] as const;
