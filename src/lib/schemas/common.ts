// Building blocks shared by every form, API and socket schema.
import { z } from 'zod';
import './zod-i18n';

/** Trimmed text; empty strings count as missing. */
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) => z.string().trim().max(max).default('');
export const email = () => z.string().trim().toLowerCase().pipe(z.email());
export const id = () => z.coerce.number().int().positive();
/** An HTML checkbox: present ("on") or absent. */
export const checkbox = () => z.preprocess((v) => v === 'on' || v === 'true' || v === true || v === '1', z.boolean());
export const page = () => z.coerce.number().int().min(1).max(100000).catch(1);
