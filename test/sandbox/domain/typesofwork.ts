/**
 * Types of work (`/typeofwork…`): list (archived hidden unless `showArchived`), get, create,
 * update, archive, and delete with a replacement type that takes over the deleted type's tasks
 * and time entries.
 */
import { invalidOperation, type ValidationError } from '../http/errors';
import type { HandlerContext, HandlerTable } from '../types';
import { collections, newTypeOfWork, TYPE_OF_WORK_ICONS, type StoredTypeOfWork } from './people-models';
import { applyFields, touch } from './people-shared';
import { timeEntriesOf } from './timeentries-model';
import { assertValid } from './shared/respond';
import { withoutInternals } from './shared/internals';

const types = (ctx: HandlerContext) => collections.typesOfWork(ctx.store);

function checkForm(ctx: HandlerContext, body: Record<string, any>, self?: StoredTypeOfWork): void {
	const errors: ValidationError[] = [];
	const name = typeof body.name === 'string' ? body.name.trim() : '';
	if (!name) errors.push({ property: 'name', message: 'The name is required.' });
	else if (types(ctx).where((t) => t !== self && t.name.toLowerCase() === name.toLowerCase()).length > 0) {
		errors.push({ property: 'name', message: `A type of work named '${name}' already exists.` });
	}
	assertValid(errors);
}

export const typesOfWorkHandlers: HandlerTable = {
	'GET /typeofwork': (req, ctx) => {
		const showArchived = String(req.query.showArchived ?? 'false') === 'true';
		return ctx.list(req, types(ctx).where((t) => showArchived || !t.isArchived).map(withoutInternals));
	},

	'GET /typeofwork/icons': () => ({ status: 200, body: [...TYPE_OF_WORK_ICONS] }),

	'GET /typeofwork/{typeOfWorkId}': (req, ctx) => ({ status: 200, body: withoutInternals(types(ctx).require(req.params.typeOfWorkId)) }),

	'POST /typeofwork': (req, ctx) => {
		const body = req.body ?? {};
		checkForm(ctx, body);
		const type = types(ctx).insert(newTypeOfWork(ctx.store, req.userId, { name: body.name.trim(), description: body.description, icon: body.icon }));
		return { status: 200, body: withoutInternals(type) };
	},

	'PUT /typeofwork/{typeOfWorkId}': (req, ctx) => {
		const type = types(ctx).require(req.params.typeOfWorkId);
		const body = req.body ?? {};
		checkForm(ctx, body, type);
		applyFields(type as any, { ...body, name: body.name.trim() }, ['name', 'description', 'icon']);
		touch(ctx.store, type, req.userId);
		return { status: 200, body: withoutInternals(type) };
	},

	'POST /typeofwork/{typeOfWorkId}/setarchived': (req, ctx) => {
		const type = types(ctx).require(req.params.typeOfWorkId);
		const archived = Boolean(req.body?.isArchived);
		if (archived && types(ctx).where((t) => !t.isArchived && t !== type).length === 0) {
			throw invalidOperation('The last active type of work cannot be archived.');
		}
		type.isArchived = archived;
		touch(ctx.store, type, req.userId);
		return { status: 200, body: withoutInternals(type) };
	},

	'POST /typeofwork/{typeOfWorkId}/delete': (req, ctx) => {
		const type = types(ctx).require(req.params.typeOfWorkId);
		const replacementId: string | undefined = req.body?.typeOfWorkId ?? undefined;
		const tasks = ctx.store.collection<any>('tasks', 'task').where((t) => String(t.typeOfWorkId ?? '').toLowerCase() === type.id.toLowerCase());
		const entries = timeEntriesOf(ctx.store).where((e) => e.typeOfWorkId.toLowerCase() === type.id.toLowerCase());
		let replacement: StoredTypeOfWork | undefined;
		if (replacementId) {
			if (replacementId.toLowerCase() === type.id.toLowerCase()) throw invalidOperation('A type of work cannot replace itself.');
			replacement = types(ctx).get(replacementId);
			if (!replacement) assertValid([{ property: 'typeOfWorkId', message: `The type of work with the id '${replacementId}' could not be found.` }]);
		} else if (tasks.length + entries.length > 0) {
			// Tasks and time entries must always have a type of work.
			assertValid([{ property: 'typeOfWorkId', message: 'The type of work is in use; name the type of work that replaces it.' }]);
		}
		for (const task of tasks) {
			task.typeOfWorkId = replacement!.id;
			if (task.typeOfWork) task.typeOfWork = { ...task.typeOfWork, id: replacement!.id, name: replacement!.name, icon: replacement!.icon };
		}
		for (const entry of entries) entry.typeOfWorkId = replacement!.id;
		types(ctx).delete(type.id);
		return { status: 204 };
	},
};
