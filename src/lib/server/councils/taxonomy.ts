// The default taxonomy of docs/domain.md, 'Themes and levers': themes, and the ten levers of the study. New councils start with it.
export const DEFAULT_THEMES = [
	'Économie circulaire',
	'Alimentation durable',
	'Habitat durable',
	'Numérique responsable et solidaire',
	'Commande publique responsable (SPASER, clauses sociales)',
	'Quartiers prioritaires (QPV)',
	'Locaux d’activité et tiers-lieux',
	'Création et accompagnement d’entreprises',
	'Initiatives habitantes',
	'Emploi et insertion par l’activité économique',
	'Jeunesse',
	'Commerce équitable',
	'Innovation sociale et recherche',
	'Coopération (PTCE, SCIC)',
	'Mobilité',
	'Monnaies locales',
	'Fonds européens'
];

export const DEFAULT_LEVERS = [
	'Formation des élus',
	'Connaissance des acteurs de l’ESS',
	'Achats responsables',
	'Structuration de filières',
	'Réseaux et cartographie',
	'Implication des acteurs et des citoyens',
	'Gouvernance multi-niveaux',
	'Structures d’accompagnement et coopération',
	'Financements européens',
	'Liens avec l’économie classique'
];

export const ORGANISATION_TYPES = [
	'association',
	'cooperative',
	'scic',
	'scop',
	'siae',
	'sse_network',
	'cress',
	'local_authority',
	'state_service',
	'consular_chamber',
	'funder',
	'research',
	'other'
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
