// Audit log entries as people read them: action and entity labels (falling back to the raw code) and a short
// summary of the details. Other domains can label their own actions by adding a message named
// `<domain>_audit_action_<action with dots as underscores>` (e.g. members_audit_action_member_invite) to their
// catalogue; `audit_action_…` keys in the audit catalogue are looked up first.
import { m } from '$lib/paraglide/messages';
import { hasMessage, t } from './translate';
import { formatDateTime, formatNumber } from './format';
import { majorityBaseLabel, majorityLabel, quorumKindLabel, weightingLabel } from './councils';
import { stateLabel } from './proposals';

const DOMAINS = ['audit', 'councils', 'members', 'auth', 'proposals', 'plenaries', 'votes', 'minutes', 'workshops', 'plans', 'evaluation', 'notifications', 'speakers', 'common'];

const keyPart = (code: string) => code.replace(/[^A-Za-z0-9]+/g, '_');

export function auditActionLabel(action: string): string {
	const part = keyPart(action);
	const key = ['audit_action_' + part, ...DOMAINS.map((d) => `${d}_audit_action_${part}`)].find(hasMessage);
	return key ? t(key) : action;
}

export function auditEntityLabel(entityType: string): string {
	const key = `audit_entity_${keyPart(entityType)}`;
	return hasMessage(key) ? t(key) : entityType;
}

function fieldLabel(field: string): string {
	const key = `audit_field_${keyPart(field)}`;
	return hasMessage(key) ? t(key) : field;
}

const CODED: Record<string, (code: string) => string> = {
	weighting: weightingLabel,
	majority: majorityLabel,
	majorityBase: majorityBaseLabel,
	quorumKind: quorumKindLabel,
	direction: (code) => (code === 'up' ? m.audit_value_up() : code === 'down' ? m.audit_value_down() : code)
};

function shorten(text: string, max = 80): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function valueText(field: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return m.audit_value_empty();
	if (typeof value === 'boolean') return value ? m.audit_value_true() : m.audit_value_false();
	if (typeof value === 'number') return formatNumber(value);
	if (typeof value === 'string') return shorten(CODED[field] ? CODED[field](value) : value);
	if (value instanceof Date) return formatDateTime(value);
	if (Array.isArray(value)) return shorten(value.map((v) => valueText(field, v)).join(', '));
	return shorten(JSON.stringify(value));
}

/** Long texts that changed: both sides shown from a little before their first difference. */
function changedTexts(field: string, from: unknown, to: unknown): [string, string] {
	if (typeof from !== 'string' || typeof to !== 'string' || (from.length <= 80 && to.length <= 80)) return [valueText(field, from), valueText(field, to)];
	let i = 0;
	while (i < from.length && i < to.length && from[i] === to[i]) i++;
	const start = Math.max(0, i - 20);
	const clip = (text: string) => (text.length <= start ? m.audit_value_empty() : (start > 0 ? '…' : '') + shorten(text.slice(start), 60));
	return [clip(from), clip(to)];
}

const isChange = (v: unknown): v is { from: unknown; to: unknown } => typeof v === 'object' && v !== null && 'from' in v && 'to' in v;

/** Labels of the state codes a transition records as `{ from, to }`, per entity type. */
const STATE_LABELS: Record<string, (code: string) => string> = { proposal: stateLabel };

/**
 * One line per fact: "name: A → B", "weight: 40". Field names are translated when known. A state change
 * recorded as top-level `{ from, to }` codes reads "state: A → B", labelled when the entity type is known.
 */
export function auditDetailLines(details: Record<string, unknown> | null | undefined, limit = 8, entityType?: string): string[] {
	if (!details) return [];
	const lines: string[] = [];
	const stateChange = typeof details.from === 'string' && typeof details.to === 'string';
	if (stateChange) {
		const label = (entityType && STATE_LABELS[entityType]) || ((code: string) => code);
		lines.push(m.audit_detail_change({ field: fieldLabel('state'), from: label(details.from as string), to: label(details.to as string) }));
	}
	for (const [key, value] of Object.entries(details)) {
		if (stateChange && (key === 'from' || key === 'to')) continue;
		if (key === 'changes' && typeof value === 'object' && value !== null) {
			for (const [field, change] of Object.entries(value as Record<string, unknown>)) {
				if (!isChange(change)) {
					lines.push(m.audit_detail_value({ field: fieldLabel(field), value: valueText(field, change) }));
					continue;
				}
				const [from, to] = changedTexts(field, change.from, change.to);
				lines.push(m.audit_detail_change({ field: fieldLabel(field), from, to }));
			}
		} else lines.push(m.audit_detail_value({ field: fieldLabel(key), value: valueText(key, isChange(value) ? value.to : value) }));
	}
	return lines.length > limit ? [...lines.slice(0, limit), '…'] : lines;
}
