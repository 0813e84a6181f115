// What uploads accept (src/lib/server/files/storage.ts checks it), shared with the forms' file inputs.
export const MAX_FILE_MB = 10;
export const ACCEPTED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'doc', 'xls', 'ppt', 'txt', 'csv'];
/** The `accept` attribute of a file input: ".pdf,.png,…" */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');
