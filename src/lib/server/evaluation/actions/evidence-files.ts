// Documents attached to the evaluation's evidence (an interview, a finding), uploaded as proposals' attachments are
// (files/uploads.ts: checked and written before the transaction, removed again if the action fails), and removed.
import { evidenceFileIdSchema, evidenceTargetSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { m } from '$lib/paraglide/messages';
import { defineAction } from '../../actions/define';
import { attachmentsInput, discardAttachments, prepareAttachments } from '../../files/uploads';
import { attachEvidenceFiles, removeEvidenceFile } from '../evidence-files';
import { campaignScope } from './scope';

export const attachEvidenceDocuments = defineAction({
	name: 'evaluation.attachEvidenceDocuments',
	input: evidenceTargetSchema.extend({
		planId: id(),
		attachments: attachmentsInput.refine((files) => files.length > 0, { error: () => m.evaluation_error_file_required() })
	}),
	permission: 'evaluation.manage',
	prepare: (input, { council }) => prepareAttachments(input.attachments, council),
	discard: discardAttachments,
	scope: campaignScope,
	run: ({ tx, actor, scope, prepared }, { kind, refId }) => attachEvidenceFiles(tx, scope.campaign.id, { kind, refId }, prepared, actor.user!.id).map((f) => f.id)
});

export const removeEvidenceDocument = defineAction({
	name: 'evaluation.removeEvidenceDocument',
	input: evidenceFileIdSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ tx, actor, scope }, input) => removeEvidenceFile(tx, scope.campaign.id, input.fileId, actor.user!.id)
});
