/**
 * Absences (`/absences`): CRUD with awork's rules — dates only (the time of day is ignored), end
 * not before start, half days, and externally managed absences being read-only.
 */
import { ApiError, type ValidationError } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { collections } from './people-models';
import { applyFields, createdAudit, touch } from './people-shared';
import { datePartMs } from './timeentries-time';
import { assertValid } from './shared/respond';
import { withoutInternals } from './shared/internals';

export interface StoredAbsence {
	id: string;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
	userId: string;
	startOn: string;
	endOn: string;
	description: string | null;
	externalProvider: string | null;
	deletedOn: string | null;
	deletedBy: string | null;
	isReadOnly: boolean;
	isHalfDayOnStart: boolean;
	isHalfDayOnEnd: boolean;
}

export const absencesOf = (store: Store) => store.collection<StoredAbsence>('absences', 'absence');

/** Midnight UTC of the given date-time's calendar day, as awork stores absence days. */
export function toDay(value: string): string | undefined {
	const ms = datePartMs(value);
	return ms === undefined ? undefined : new Date(ms).toISOString();
}

export function newAbsence(
	store: Store,
	actorId: string,
	fields: { userId: string; startOn: string; endOn: string; description?: string | null; externalProvider?: string | null; isHalfDayOnStart?: boolean; isHalfDayOnEnd?: boolean },
	at = store.timestamp(),
): StoredAbsence {
	return {
		id: store.newId(),
		...createdAudit(store, actorId, at),
		userId: fields.userId,
		startOn: fields.startOn,
		endOn: fields.endOn,
		description: fields.description ?? null,
		externalProvider: fields.externalProvider ?? null,
		deletedOn: null,
		deletedBy: null,
		isReadOnly: Boolean(fields.externalProvider),
		isHalfDayOnStart: Boolean(fields.isHalfDayOnStart),
		isHalfDayOnEnd: Boolean(fields.isHalfDayOnEnd),
	};
}

/** Validates an `AbsenceForm` and returns its normalized days. */
function checkForm(store: Store, body: Record<string, any>): { startOn: string; endOn: string } {
	const errors: ValidationError[] = [];
	if (!collections.users(store).has(body.userId ?? '')) {
		errors.push({ property: 'userId', message: `The user with the id '${body.userId}' could not be found.` });
	}
	const startOn = typeof body.startOn === 'string' ? toDay(body.startOn) : undefined;
	const endOn = typeof body.endOn === 'string' ? toDay(body.endOn) : undefined;
	if (!startOn) errors.push({ property: 'startOn', message: 'The start date is required.' });
	if (!endOn) errors.push({ property: 'endOn', message: 'The end date is required.' });
	if (startOn && endOn && endOn < startOn) errors.push({ property: 'endOn', message: 'The end date must not be before the start date.' });
	assertValid(errors);
	return { startOn: startOn!, endOn: endOn! };
}

function requireEditable(absence: StoredAbsence): void {
	if (absence.isReadOnly) {
		throw new ApiError(400, 'invalid-operation', `The absence '${absence.id}' is managed by ${absence.externalProvider} and is read-only.`);
	}
}

function emit(ctx: HandlerContext, req: SandboxRequest, type: 'absence_added' | 'absence_updated' | 'absence_deleted', absence: StoredAbsence, changes?: Array<{ property: string; old?: unknown; new?: unknown }>) {
	ctx.emit({ eventType: type, entityType: 'absence', entityId: absence.id, entity: withoutInternals(absence), changes, userId: req.userId, traceId: req.traceId });
}

export const absencesHandlers: HandlerTable = {
	'GET /absences': (req, ctx) => ctx.list(req, absencesOf(ctx.store).all().map(withoutInternals)),

	'GET /absences/{absenceId}': (req, ctx) => ({ status: 200, body: withoutInternals(absencesOf(ctx.store).require(req.params.absenceId)) }),

	'POST /absences': (req, ctx) => {
		const body = req.body ?? {};
		const days = checkForm(ctx.store, body);
		const absence = newAbsence(ctx.store, req.userId, { ...body, ...days });
		absencesOf(ctx.store).insert(absence);
		emit(ctx, req, 'absence_added', absence);
		return { status: 200, body: withoutInternals(absence) };
	},

	'PUT /absences/{absenceId}': (req, ctx) => {
		const absence = absencesOf(ctx.store).require(req.params.absenceId);
		requireEditable(absence);
		const body = { ...(req.body ?? {}) };
		Object.assign(body, checkForm(ctx.store, body), { isHalfDayOnStart: Boolean(body.isHalfDayOnStart), isHalfDayOnEnd: Boolean(body.isHalfDayOnEnd) });
		const changes = applyFields(absence as any, body, ['userId', 'startOn', 'endOn', 'description', 'isHalfDayOnStart', 'isHalfDayOnEnd']);
		touch(ctx.store, absence as any, req.userId);
		emit(ctx, req, 'absence_updated', absence, changes);
		return { status: 200, body: withoutInternals(absence) };
	},

	'DELETE /absences/{absenceId}': (req, ctx) => {
		const absence = absencesOf(ctx.store).require(req.params.absenceId);
		requireEditable(absence);
		absencesOf(ctx.store).delete(absence.id);
		// Deleted events carry the deletion metadata (docs/webhooks.md).
		emit(ctx, req, 'absence_deleted', { ...absence, deletedOn: ctx.store.timestamp(), deletedBy: req.userId });
		return { status: 204 };
	},
};
