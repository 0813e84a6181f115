// Puts back what a person typed or ticked before hydration (recorded by the inline script in src/app.html):
// Svelte writes each field's server-rendered value back while hydrating, which would silently erase it.
type Edit = { value?: string; checked?: boolean };
type EarlyInput = { edits: Map<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, Edit>; stop: () => void };

export function restoreEarlyInput(): void {
	const early = (window as unknown as { __coconEarlyInput?: EarlyInput }).__coconEarlyInput;
	if (!early) return;
	early.stop();
	for (const [field, edit] of early.edits) {
		if (!field.isConnected) continue;
		if (edit.checked !== undefined && field instanceof HTMLInputElement) {
			if (field.checked === edit.checked) continue;
			field.checked = edit.checked;
			field.dispatchEvent(new Event('change', { bubbles: true }));
		} else if (edit.value !== undefined && field.value !== edit.value) {
			field.value = edit.value;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}
	early.edits.clear();
}
