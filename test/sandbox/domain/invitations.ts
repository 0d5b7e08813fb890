/**
 * Inviting a user by email (`POST /tasks/assignuserbyemail`): the spec's invitation path. An
 * unknown email adds an invited user to the workspace (`user_added`, `invitationAccepted: false`,
 * the email stored as a contact info); a known email reuses that user. Either way the user is then
 * assigned to the task (`taskassignment_added`), as `POST /tasks/{taskId}/setassignees` would.
 */
import { ApiError } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { collections, newContactInfo, newUser, type StoredUser } from './people-models';
import { requireVisibleTask } from './tasks-core';
import { requireWritableProject, touch as touchTask, type StoredTask } from './tasks-shared';
import { renderTask } from './tasks-view';
import { emitUser } from './user-events';
import { emit } from './shared/changes';

/** The workspace user with this email among their contact infos (case-insensitive). */
export function userByEmail(ctx: HandlerContext, email: string): StoredUser | undefined {
	const wanted = email.trim().toLowerCase();
	return collections
		.users(ctx.store)
		.all()
		.find((user) => user.userContactInfos.some((info) => info.type === 'email' && String(info.value ?? '').toLowerCase() === wanted));
}

function invite(req: SandboxRequest, ctx: HandlerContext): StoredUser {
	const form = req.body;
	const user = newUser(ctx.store, req.userId, { firstName: form.firstName ?? null, lastName: form.lastName ?? null, gender: form.gender ?? null });
	user.status = { ...user.status, invitationAccepted: false };
	user.userContactInfos.push(newContactInfo(ctx.store, req.userId, { type: 'email', subType: 'work', label: 'Email', value: form.email.trim() }));
	collections.users(ctx.store).insert(user);
	emitUser(ctx, req, 'user_added', user);
	return user;
}

function assign(req: SandboxRequest, ctx: HandlerContext, task: StoredTask, userId: string): void {
	if (task.assignees.some((a) => a.id === userId)) return;
	const now = ctx.store.timestamp();
	task.assignees.push({ id: userId, plannedEffort: 0, isDistributedPlannedEffort: true, updatedOn: now, isExternal: false });
	task._assignedOn[userId] = now;
	touchTask(ctx.store, task, req.userId);
	emit(ctx, req, 'taskassignment_added', 'task', renderTask(ctx.store, task), [{ property: 'AssigneeId', new: userId }]);
}

export const invitationHandlers: HandlerTable = {
	'POST /tasks/assignuserbyemail': (req, ctx) => {
		// Check the task first: a failed request must not leave an invited user behind.
		const task = requireVisibleTask(ctx.store, req.body.taskId, req.userId);
		if (task.projectId) requireWritableProject(ctx.store, task.projectId);
		const existing = userByEmail(ctx, req.body.email);
		if (existing?.isDeactivated) {
			throw new ApiError(400, 'deactivated-user', `The user with the email '${req.body.email}' is deactivated and cannot be assigned.`);
		}
		const user = existing ?? invite(req, ctx);
		assign(req, ctx, task, user.id);
		return { status: 200 };
	},
};
