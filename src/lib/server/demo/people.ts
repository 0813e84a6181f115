// Names and organisations of the demo council (docs/domain.md, 'The demo council'). All of it is marked as demo data.

export const DEMO_PASSWORD = 'cocon-demo-2026';

export const DEMO_COLLEGES = [
	{ key: 'sse', name: 'Acteurs de l’ESS', description: 'Associations, coopératives, SCIC, SCOP, structures d’insertion', weight: 40 },
	{ key: 'networks', name: 'Réseaux de l’ESS et CRESS', description: 'Têtes de réseaux de l’ESS et chambre régionale (CRESS)', weight: 20 },
	{ key: 'authorities', name: 'Collectivités locales', description: 'Élus et services de la Ville, de l’Eurométropole et des communes', weight: 25 },
	{ key: 'partners', name: 'Partenaires institutionnels', description: 'État, Région Grand Est, Collectivité européenne d’Alsace, Caisse des Dépôts', weight: 15 }
] as const;
export type CollegeKey = (typeof DEMO_COLLEGES)[number]['key'];

/** One login per role, listed in the README and on the login page while demo data is present. */
export const DEMO_LOGINS = [
	{ email: 'admin@demo.cocon.fr', name: 'Alice Administratrice', role: 'admin', college: null, org: null },
	{ email: 'secretariat@demo.cocon.fr', name: 'Sophie Martin', role: 'secretariat', college: 'authorities', org: ['Ville de Strasbourg — Service ESS', 'local_authority'] },
	{ email: 'presidence@demo.cocon.fr', name: 'Claire Weber', role: 'chair', college: 'authorities', org: ['Eurométropole de Strasbourg', 'local_authority'] },
	{ email: 'membre@demo.cocon.fr', name: 'Karim Benali', role: 'member', college: 'sse', org: ['Association Les Jardins de la Montagne Verte', 'association'] },
	{ email: 'evaluation@demo.cocon.fr', name: 'Élise Rivière', role: 'evaluator', college: 'networks', org: ['Les Petites Rivières (évaluation)', 'research'] },
	{ email: 'observateur@demo.cocon.fr', name: 'Thomas Keller', role: 'observer', college: 'partners', org: ['Caisse des Dépôts — Direction régionale', 'funder'] }
] as const;

const FIRST = [
	'Camille',
	'Léa',
	'Hugo',
	'Nadia',
	'Julien',
	'Inès',
	'Mathieu',
	'Sarah',
	'Yanis',
	'Chloé',
	'Lucas',
	'Fatima',
	'Antoine',
	'Manon',
	'Olivier',
	'Aïcha',
	'Pierre',
	'Julie',
	'Mehdi',
	'Anne',
	'Nicolas',
	'Émilie',
	'Bruno',
	'Laura',
	'Samuel',
	'Héloïse',
	'Thierry',
	'Mélanie',
	'Rachid',
	'Isabelle'
];
const LAST = [
	'Muller',
	'Schmitt',
	'Meyer',
	'Klein',
	'Wagner',
	'Bauer',
	'Roth',
	'Fischer',
	'Durand',
	'Lefebvre',
	'Moreau',
	'Haddad',
	'Nguyen',
	'Girard',
	'Fontaine',
	'Ziegler',
	'Hoffmann',
	'Kessler',
	'Brun',
	'Lambert',
	'Diallo',
	'Garcia',
	'Roux',
	'Faure',
	'Blanc'
];

const ORGS: Record<CollegeKey, [string, string][]> = {
	sse: [
		['Emmaüs Mundo', 'association'],
		['Envie Strasbourg', 'siae'],
		['Coopérative Coopalim', 'cooperative'],
		['SCIC Tiers-lieu Le Shadok', 'scic'],
		['Libre Objet', 'siae'],
		['Humanis', 'association'],
		['La Maison de l’Emploi', 'association'],
		['SCOP Énergie Partagée Alsace', 'scop'],
		['Régie des écrivains', 'siae'],
		['Le Stück — monnaie locale', 'association'],
		['Cooproduction', 'scic'],
		['Artisans du Monde Strasbourg', 'association'],
		['La Table de Cana', 'siae'],
		['Ateliers Éclairés', 'association'],
		['Coopérative Citiz', 'scic'],
		['Bretz’selle', 'association'],
		['Jardins de la Montagne Verte', 'association'],
		['Alter Alsace Énergies', 'association'],
		['Le Bon Coin Solidaire', 'association'],
		['Strasbourg Initiative', 'association']
	],
	networks: [
		['CRESS Grand Est', 'cress'],
		['Mouvement associatif Grand Est', 'sse_network'],
		['URSCOP Grand Est', 'sse_network'],
		['France Active Alsace', 'sse_network'],
		['Réseau Alsace de l’insertion (FEI)', 'sse_network'],
		['Réseau des tiers-lieux', 'sse_network'],
		['Fédération des entreprises d’insertion', 'sse_network']
	],
	authorities: [
		['Ville de Strasbourg', 'local_authority'],
		['Eurométropole de Strasbourg', 'local_authority'],
		['Commune de Schiltigheim', 'local_authority'],
		['Commune d’Illkirch-Graffenstaden', 'local_authority'],
		['Commune de Bischheim', 'local_authority'],
		['Commune de Lingolsheim', 'local_authority']
	],
	partners: [
		['Préfecture du Bas-Rhin — DDETS', 'state_service'],
		['Région Grand Est', 'local_authority'],
		['Collectivité européenne d’Alsace', 'local_authority'],
		['Banque des Territoires (Caisse des Dépôts)', 'funder'],
		['Chambre de commerce et d’industrie Alsace Eurométropole', 'consular_chamber']
	]
};

/** How many generated members each college gets: 104 in all, with the six demo logins on top. */
const COUNTS: Record<CollegeKey, number> = { sse: 60, networks: 14, authorities: 20, partners: 10 };

export type DemoPerson = { email: string; name: string; college: CollegeKey; org: [string, string]; roles: string[] };

export function generatedMembers(): DemoPerson[] {
	const people: DemoPerson[] = [];
	let n = 0;
	for (const college of Object.keys(COUNTS) as CollegeKey[]) {
		for (let i = 0; i < COUNTS[college]; i++, n++) {
			const first = FIRST[(n * 7) % FIRST.length];
			const last = LAST[(n * 11 + Math.floor(n / FIRST.length)) % LAST.length];
			const orgs = ORGS[college];
			const slug = `${first}.${last}`
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase();
			people.push({ email: `${slug}.${n}@demo.cocon.fr`, name: `${first} ${last}`, college, org: orgs[i % orgs.length], roles: i % 15 === 14 ? ['observer'] : ['member'] });
		}
	}
	return people;
}
