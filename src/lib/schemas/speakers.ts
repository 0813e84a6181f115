// The list of speakers: the forms of the speakers screens (member, secretariat, chair), shared by the form actions,
// the API and the tests. The state screens are sent lives in speakers-live.ts.
import { z } from 'zod';
import { checkbox, id } from './common';
import { SPEAKER_KINDS } from './speakers-live';

export { SPEAKER_KINDS, type SpeakerKind } from './speakers-live';

/** Speaking times, in seconds: 0 means no limit (the timer counts up). */
export const MAX_SPEAKING_SECONDS = 3600;
const seconds = () => z.coerce.number().int().min(0).max(MAX_SPEAKING_SECONDS);
/** An item's own speaking time; empty: the council's default. */
const optionalSeconds = () => z.preprocess((v) => (v === '' || v === undefined ? null : v), seconds().nullable());

const item = { plenaryId: id(), itemId: id() };

export const askToSpeakSchema = z.object({ ...item, kind: z.enum(SPEAKER_KINDS).default('speech') });
export const withdrawSpeechSchema = z.object(item);
export const addSpeakerSchema = z.object({ ...item, membershipId: id(), kind: z.enum(SPEAKER_KINDS).default('speech') });
export const removeSpeakerSchema = z.object({ ...item, membershipId: id() });
export const moveSpeakerSchema = z.object({ ...item, membershipId: id(), position: z.coerce.number().int().min(0).max(10_000) });
/** Starts the given waiting member, or the first of the queue when none is given. */
export const startSpeakerSchema = z.object({ ...item, membershipId: z.preprocess((v) => (v === '' ? undefined : v), id().optional()) });
export const stopSpeakerSchema = z.object(item);
export const closeSpeakersSchema = z.object({ ...item, closed: checkbox() });
export const itemSpeakingTimeSchema = z.object({ ...item, speakingSeconds: optionalSeconds() });
export const defaultSpeakingTimeSchema = z.object({ speakingSeconds: seconds() });
