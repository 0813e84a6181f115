// Documents attached to the evaluation's evidence: uploaded as proposals' attachments are (type from the content,
// size limit, refusals next to the file field), audited, removed with their finding; an interview's documents are
// internal like its notes, a finding's are public like the finding.
import fs from 'node:fs';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Files go to a throw-away DATA_DIR, set before config.ts is first imported.
const dataDir = await vi.hoisted(async () => {
	const { mkdtempSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const { join } = await import('node:path');
	const dir = mkdtempSync(join(tmpdir(), 'cocon-evidence-'));
	process.env.DATA_DIR = dir;
	return dir;
});

import { ANONYMOUS } from '../auth/permissions';
import { actorFor } from '../proposals/access';
import { execute } from '../actions/execute';
import { perform } from '../actions/perform';
import { refusalCode } from '../test-support';
import { auditActions } from '../plans/test-helpers';
import { filePath, getFile } from '../files/storage';
import { fileResponse } from '../files/download';
import { EXE, PDF, PNG } from '../files/files.fixtures';
import { campaignFixture } from './test-fixture';
import { addFinding, addInterview } from './evidence';
import { evidenceFileFor, listEvidenceFiles } from './evidence-files';
import { attachEvidenceDocuments, deleteFinding, removeEvidenceDocument } from './actions';

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function fixture() {
	const f = await campaignFixture();
	const interviewId = addInterview(f.campaign.id, { kind: 'group', date: '2021-01-12', organisations: 'CRESS', notes: 'Notes internes' }, f.actorId);
	const findingId = addFinding(f.campaign.id, { nodeId: null, kind: 'strength', text: 'Le parangonnage place Lille devant Bordeaux.' }, f.actorId);
	const evaluator = actorFor(f.evaluator.user.id, f.council.id);
	const attach = (actor: typeof evaluator, kind: 'interview' | 'finding', refId: number, files: File[]) =>
		execute(actor, f.council, attachEvidenceDocuments, { planId: f.plan.id, kind, refId, attachments: files.length === 1 ? files[0] : files });
	return { ...f, interviewId, findingId, evaluator, attach };
}

const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);
const storedFiles = () => (fs.existsSync(dataDir) ? fs.readdirSync(dataDir, { recursive: true }).length : 0);

describe('evidence documents', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('the evaluator attaches documents to a finding (public) and an interview (internal), audited', async () => {
		const onFinding = await f.attach(f.evaluator, 'finding', f.findingId, [file(PDF, 'parangonnage.pdf')]);
		const onInterview = await f.attach(f.evaluator, 'interview', f.interviewId, [file(PNG, 'tableau'), file(PDF, 'compte-rendu.pdf')]);
		expect(onFinding.ok && onInterview.ok).toBe(true);
		const everyone = listEvidenceFiles(f.campaign.id, { readPrivate: false });
		expect(everyone.map((d) => [d.kind, d.name, d.mime])).toEqual([['finding', 'parangonnage.pdf', 'application/pdf']]);
		const team = listEvidenceFiles(f.campaign.id, { readPrivate: true });
		expect(team.map((d) => `${d.kind}:${d.name}`).sort()).toEqual(['finding:parangonnage.pdf', 'interview:compte-rendu.pdf', 'interview:tableau.png']);
		// the download follows who may read the evidence
		const internal = team.find((d) => d.kind === 'interview')!;
		expect(evidenceFileFor(f.campaign.id, internal.id, { readPrivate: false })).toBeUndefined();
		expect(evidenceFileFor(f.campaign.id, internal.id, { readPrivate: true })?.originalName).toBe(internal.name);
		const pub = evidenceFileFor(f.campaign.id, everyone[0].id, { readPrivate: false })!;
		const response = fileResponse(pub);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="parangonnage.pdf"/);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
		expect(auditActions(f.council.id).filter((a) => a.startsWith('evidence.'))).toEqual(['evidence.document_add', 'evidence.document_add']);
	});

	it('refuses a file of a wrong type, no file, evidence of another campaign, and people outside the team: nothing kept', async () => {
		const before = storedFiles();
		const refused = async (result: Promise<{ ok: boolean }>) => {
			const r = (await result) as { ok: false; code: string; field?: string; errors?: Record<string, string> };
			return r.ok ? 'ok' : `${r.code}@${r.errors ? Object.keys(r.errors)[0] : r.field}`;
		};
		expect(await refused(f.attach(f.evaluator, 'finding', f.findingId, [file(EXE, 'setup.exe')]))).toBe('files_error_type@attachments');
		expect(await refused(f.attach(f.evaluator, 'finding', f.findingId, []))).toBe('common_error_invalid_input@attachments');
		expect(await refused(f.attach(f.evaluator, 'interview', f.interviewId + 1000, [file(PDF, 'a.pdf')]))).toBe('evaluation_error_evidence_not_found@attachments');
		const member = actorFor(f.person(f.collegeA.id).user.id, f.council.id);
		expect(await refused(f.attach(member, 'finding', f.findingId, [file(PDF, 'a.pdf')]))).toBe('common_error_forbidden@form');
		expect(await refused(f.attach(ANONYMOUS, 'finding', f.findingId, [file(PDF, 'a.pdf')]))).toMatch(/^common_error_login_required@/);
		expect(listEvidenceFiles(f.campaign.id, { readPrivate: true })).toEqual([]);
		expect(storedFiles()).toBe(before);
	});

	it('removes a document (audited, bytes gone), and a finding’s documents with the finding', async () => {
		await f.attach(f.evaluator, 'interview', f.interviewId, [file(PDF, 'a.pdf')]);
		await f.attach(f.evaluator, 'finding', f.findingId, [file(PNG, 'b.png')]);
		const [onInterview, onFinding] = ['interview', 'finding'].map((k) => listEvidenceFiles(f.campaign.id, { readPrivate: true }).find((d) => d.kind === k)!);
		const bytes = filePath(getFile(onInterview.id)!);
		expect(fs.existsSync(bytes)).toBe(true);
		perform(f.evaluator, f.council, removeEvidenceDocument, { planId: f.plan.id, fileId: onInterview.id });
		expect(fs.existsSync(bytes)).toBe(false);
		expect(refusalCode(() => perform(f.evaluator, f.council, removeEvidenceDocument, { planId: f.plan.id, fileId: onInterview.id }))).toBe('evaluation_error_file_not_found');
		expect(auditActions(f.council.id)[0]).toBe('evidence.document_remove');
		const findingBytes = filePath(getFile(onFinding.id)!);
		perform(f.evaluator, f.council, deleteFinding, { planId: f.plan.id, findingId: f.findingId });
		expect(getFile(onFinding.id)).toBeUndefined();
		expect(fs.existsSync(findingBytes)).toBe(false);
	});
});
