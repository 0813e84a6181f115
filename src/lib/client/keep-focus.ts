// use:enhance for forms that stay on the page (settings lists): keeps what was typed, and puts the focus back
// where the person was once the page has updated: on the first invalid field after a refusal, otherwise on the
// button that submitted (or, when that button is now disabled or gone, on its data-focus-fallback element).
import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';

export const keepFocus: SubmitFunction = ({ submitter, formElement }) => {
	const submitterId = submitter?.id;
	const fallbackId = submitter?.getAttribute('data-focus-fallback');
	const formId = formElement.id;
	return async ({ update, result }) => {
		await update({ reset: false, invalidateAll: true });
		await tick();
		if (result.type === 'failure') {
			const form = (formId && document.getElementById(formId)) || formElement;
			const invalid = form.isConnected ? form.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
			if (invalid) return invalid.focus();
		}
		const target = submitterId ? document.getElementById(submitterId) : null;
		if (target && !(target as HTMLButtonElement).disabled) return target.focus();
		const fallback = fallbackId ? document.getElementById(fallbackId) : null;
		fallback?.focus();
	};
};
