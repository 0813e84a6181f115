// Every audit action the services record has a label in words (the audit log shows raw codes otherwise).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { auditActionLabel } from './audit';
import { QUESTIONNAIRE_STATUSES } from '../server/evaluation/values';
import { TRANSITIONS } from '../server/proposals/states';

function sources(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) return sources(p);
		return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
	});
}

describe('audit action labels', () => {
	it('labels every action recorded by a service, the computed ones included', () => {
		const literal = sources(path.resolve('src/lib/server')).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!));
		// computed in questionnaires.ts (`questionnaire.${to}`) and proposals/lifecycle.ts (`proposal.${name}`)
		const computed = [...QUESTIONNAIRE_STATUSES.map((s) => `questionnaire.${s}`), ...Object.keys(TRANSITIONS).map((t) => `proposal.${t}`)];
		const actions = [...new Set([...literal, ...computed])];
		expect(actions.length).toBeGreaterThan(80);
		expect(actions.filter((a) => auditActionLabel(a) === a)).toEqual([]);
	});
});
