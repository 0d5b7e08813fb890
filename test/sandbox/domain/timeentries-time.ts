/**
 * Time arithmetic for time entries: awork v1 splits instants into a date (midnight, `Z` for UTC,
 * no suffix for local) and an `HH:mm:ss` time, in UTC and in the entry's IANA time zone.
 */
import { IANAZone } from 'luxon';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Zone offsets by zone and hour: IANA lookups are slow and seeding makes ~100k of them. */
const offsetCache = new Map<string, Map<number, number>>();
/** The formatted offset at local midnight, by zone and local day. */
const midnightOffsetCache = new Map<string, Map<number, string>>();

function cacheFor<V>(caches: Map<string, Map<number, V>>, zone: string): Map<number, V> {
	let cache = caches.get(zone);
	if (!cache || cache.size > 100_000) {
		cache = new Map();
		caches.set(zone, cache);
	}
	return cache;
}

export function isValidTimeZone(zone: unknown): zone is string {
	return typeof zone === 'string' && IANAZone.isValidZone(zone);
}

/** Offset of `zone` from UTC in minutes at instant `ms`. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
	const cache = cacheFor(offsetCache, zone);
	const hour = Math.floor(ms / HOUR_MS);
	let offset = cache.get(hour);
	if (offset === undefined) {
		offset = IANAZone.create(zone).offset(ms);
		cache.set(hour, offset);
	}
	return offset;
}

const pad = (n: number) => String(n).padStart(2, '0');
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => pad(i));
/** `YYYY-MM-DD` by day number (seeding formats the same few days over and over). */
const dayStrings = new Map<number, string>();

/** `YYYY-MM-DD` and `HH:mm:ss` of a wall-clock instant expressed as UTC milliseconds. */
function split(ms: number): { date: string; time: string } {
	const day = Math.floor(ms / DAY_MS);
	let date = dayStrings.get(day);
	if (date === undefined) {
		date = new Date(day * DAY_MS).toISOString().slice(0, 10);
		if (dayStrings.size > 50_000) dayStrings.clear();
		dayStrings.set(day, date);
	}
	const seconds = Math.floor((ms - day * DAY_MS) / 1000);
	const time = `${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
	return { date, time };
}

export interface SplitInstant {
	dateUtc: string;
	timeUtc: string;
	dateLocal: string;
	timeLocal: string;
}

/** `±HH:MM` of an offset in minutes. */
export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The local date is written as local midnight with its UTC offset (`2025-03-10T00:00:00+01:00`):
 * the spec declares the field `date-time`, which requires an offset, and this one is exact.
 */
export function splitInstant(ms: number, zone: string): SplitInstant {
	const utc = split(ms);
	const localMs = ms + zoneOffsetMinutes(zone, ms) * 60_000;
	const local = split(localMs);
	const localDay = Math.floor(localMs / DAY_MS);
	const cache = cacheFor(midnightOffsetCache, zone);
	let midnightOffset = cache.get(localDay);
	if (midnightOffset === undefined) {
		midnightOffset = formatOffset(zoneOffsetMinutes(zone, localToUtc(localDay * DAY_MS, zone)));
		cache.set(localDay, midnightOffset);
	}
	return {
		dateUtc: `${utc.date}T00:00:00Z`,
		timeUtc: utc.time,
		dateLocal: `${local.date}T00:00:00${midnightOffset}`,
		timeLocal: local.time,
	};
}

/** Parses `HH:mm[:ss]` to milliseconds after midnight, or undefined. */
export function parseTimeOfDay(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
	if (!match) return undefined;
	const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
	if (h > 23 || m > 59 || s > 59) return undefined;
	return ((h * 60 + m) * 60 + s) * 1000;
}

/** Parses an ISO date-time; one without offset is read as UTC. Undefined when unparsable. */
export function parseUtc(value: unknown): number | undefined {
	if (typeof value !== 'string' || value === '') return undefined;
	const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value);
	const ms = Date.parse(hasZone || !value.includes('T') ? value : `${value}Z`);
	return Number.isNaN(ms) ? undefined : ms;
}

/** Milliseconds of UTC midnight of the date part of an ISO string (its own calendar date). */
export function datePartMs(value: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
	if (!match) return undefined;
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Converts a local wall-clock instant (as if UTC ms) in `zone` to the real UTC instant. */
export function localToUtc(localMs: number, zone: string): number {
	// Two passes settle the offset around DST changes.
	let utc = localMs - zoneOffsetMinutes(zone, localMs) * 60_000;
	utc = localMs - zoneOffsetMinutes(zone, utc) * 60_000;
	return utc;
}
