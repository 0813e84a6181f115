// Labels for the members domain's codes (organisation types, audit actions, import columns).
// Safe for the browser: no server import.
import { m } from '$lib/paraglide/messages';

type Locale = 'fr' | 'en';

export function organisationTypeName(code: string | null | undefined, locale?: Locale): string {
	const o = locale ? { locale } : undefined;
	switch (code) {
		case 'association':
			return m.members_org_type_association({}, o);
		case 'cooperative':
			return m.members_org_type_cooperative({}, o);
		case 'scic':
			return m.members_org_type_scic({}, o);
		case 'scop':
			return m.members_org_type_scop({}, o);
		case 'siae':
			return m.members_org_type_siae({}, o);
		case 'sse_network':
			return m.members_org_type_sse_network({}, o);
		case 'cress':
			return m.members_org_type_cress({}, o);
		case 'local_authority':
			return m.members_org_type_local_authority({}, o);
		case 'state_service':
			return m.members_org_type_state_service({}, o);
		case 'consular_chamber':
			return m.members_org_type_consular_chamber({}, o);
		case 'funder':
			return m.members_org_type_funder({}, o);
		case 'research':
			return m.members_org_type_research({}, o);
		case 'other':
			return m.members_org_type_other({}, o);
		default:
			return code ?? '';
	}
}

/** What an entry of a member's history says happened. */
export function memberActionName(action: string): string {
	switch (action) {
		case 'member.update':
			return m.members_action_update();
		case 'member.deactivate':
			return m.members_action_deactivate();
		case 'member.reactivate':
			return m.members_action_reactivate();
		case 'member.join':
			return m.members_action_join();
		default:
			return action;
	}
}

/** The name of an import file's column, as the error list shows it. */
export function importFieldName(field: string): string {
	switch (field) {
		case 'name':
			return m.members_import_field_name();
		case 'email':
			return m.members_import_field_email();
		case 'organisation':
			return m.members_import_field_organisation();
		case 'organisation_type':
			return m.members_import_field_organisation_type();
		case 'college':
			return m.members_import_field_college();
		case 'roles':
			return m.members_import_field_roles();
		case 'columns':
			return m.members_import_field_columns();
		default:
			return field;
	}
}
