/**
 * Seeds the task side of a workspace: task statuses and lists per project, project and private
 * tasks (some subtasks, assignees, tags, dates), checklist items and a few comments.
 * Builds entities directly with running counters (no per-task scans) so 10,000 tasks take well
 * under a second; every random choice comes from `store.rng`.
 */
import type { Store } from '../store';
import type { LargeWorkspaceOptions } from '../types';
import { taskNumberCounters } from '../domain/tasks-core';
import {
	checklistItemsOf,
	nextResourceVersion,
	projectsOf,
	taskListsOf,
	taskTagsOf,
	tasksOf,
	typesOfWorkOf,
	usersOf,
	type StoredTask,
	type StoredTaskStatus,
} from '../domain/tasks-shared';
import { ensurePrivateStatuses, ensureProjectStatuses } from '../domain/taskstatuses-scope';
import { insertSeedComment } from './comments';

const DAY_MS = 86_400_000;
const VERBS = ['Draft', 'Review', 'Design', 'Set up', 'Prepare', 'Finalize', 'Test', 'Update', 'Plan', 'Present', 'Write', 'Fix'];
const OBJECTS = [
	'homepage wireframes', 'landing page copy', 'newsletter template', 'client briefing', 'budget overview',
	'social media calendar', 'logo variants', 'product photos', 'SEO audit', 'analytics dashboard',
	'kick-off agenda', 'style guide', 'contact form', 'press release', 'launch checklist', 'user interviews',
];
const PRIVATE_NAMES = ['Book train to Berlin', 'Submit expense report', 'Prepare 1:1 notes', 'Read design handbook', 'Renew software licence', 'Plan team lunch'];
const LIST_NAMES = ['Backlog', 'Concept', 'Design', 'Development', 'Content', 'Launch', 'Feedback', 'Sprint 1', 'Sprint 2'];
const CHECKLIST_NAMES = ['Collect input', 'Check with client', 'Proofread', 'Update ticket', 'Share with team', 'Archive files'];
const COMMENTS = ['Looks good to me!', 'Can we move this to next week?', 'I added the latest files.', 'Waiting for client feedback.', 'Done, please review.'];
const TAGS: Array<[string, string]> = [['urgent', 'red'], ['client-feedback', 'yellow'], ['quick-win', 'green'], ['blocked', 'coral']];

/** Status mix by project status: closed projects are finished, not-started ones barely begun. */
const STATUS_WEIGHTS: Record<string, Record<string, number>> = {
	closed: { done: 1 },
	'not-started': { todo: 0.9, progress: 0.1 },
	default: { todo: 0.4, progress: 0.25, review: 0.1, stuck: 0.05, done: 0.2 },
};

interface ProjectPlan {
	project: Record<string, any>;
	statuses: StoredTaskStatus[];
	lists: string[];
	memberIds: string[];
	topLevel: StoredTask[];
	taskNumber: number;
}

export function seedTasks(store: Store, scale: Required<LargeWorkspaceOptions>): void {
	if (scale.tasks === 0) return;
	const rng = store.rng;
	const now = store.now().getTime();
	const users = usersOf(store).all();
	const apiUserId = users[0]?.id;
	if (!apiUserId) throw new Error('seedTasks needs the API user: run seedPeople first');
	const people = users.filter((u) => !u.isDeactivated);
	const types = typesOfWorkOf(store).all().filter((t) => !t.isArchived);
	if (types.length === 0) throw new Error('seedTasks needs types of work: run seedPeople first');

	const iso = (ms: number) => new Date(ms).toISOString();
	const at = (daysFromNow: number) => iso(Math.floor((now + daysFromNow * DAY_MS) / DAY_MS) * DAY_MS);
	const pickWeighted = (weights: Record<string, number>, statuses: StoredTaskStatus[]) => {
		let roll = rng.next() * Object.values(weights).reduce((a, b) => a + b, 0);
		for (const [type, weight] of Object.entries(weights)) {
			roll -= weight;
			if (roll < 0) return statuses.find((s) => s.type === type) ?? statuses[0];
		}
		return statuses[0];
	};
	const tags = TAGS.map(([name, color]) =>
		taskTagsOf(store).insert({ id: store.newId(), createdOn: iso(now - 200 * DAY_MS), createdBy: apiUserId, updatedOn: iso(now - 200 * DAY_MS), updatedBy: apiUserId, name, color, _scope: 'projecttask' }),
	);

	const plans: ProjectPlan[] = projectsOf(store).all().map((project) => {
		const statuses = ensureProjectStatuses(store, project.id, apiUserId);
		const existing = taskListsOf(store).where((l) => l.projectId === project.id);
		const lists = existing.map((l) => l.id);
		const wanted = rng.int(2, 4);
		for (let i = existing.length; i < wanted; i++) {
			lists.push(
				taskListsOf(store).insert({
					id: store.newId(),
					createdOn: project.createdOn, createdBy: apiUserId, updatedOn: project.createdOn, updatedBy: apiUserId,
					name: LIST_NAMES[(i + rng.int(0, LIST_NAMES.length - 1)) % LIST_NAMES.length],
					order: i + 1,
					plannedDuration: null,
					isArchived: false,
					isHiddenForConnectUsers: false,
					projectId: project.id,
				}).id,
			);
		}
		const numbers = tasksOf(store).where((t) => t.projectId === project.id).map((t) => t.taskNumber ?? 0);
		const memberIds = (project.members ?? []).map((m: Record<string, any>) => m.userId).filter(Boolean);
		return { project, statuses, lists, memberIds, topLevel: [], taskNumber: Math.max(0, ...numbers) };
	});

	const columnOrder = new Map<string, number>();
	const nextColumnOrder = (key: string) => {
		const next = (columnOrder.get(key) ?? 0) + 1;
		columnOrder.set(key, next);
		return next;
	};
	const privateShare = plans.length === 0 ? 1 : 0.08;

	for (let i = 0; i < scale.tasks; i++) {
		const isPrivate = rng.chance(privateShare);
		const plan = isPrivate ? undefined : plans[rng.int(0, plans.length - 1)];
		const ownerId = isPrivate ? (rng.chance(0.5) ? apiUserId : rng.pick(people).id) : null;
		const statuses = plan ? plan.statuses : ensurePrivateStatuses(store, ownerId!);
		const projectStatusType = plan?.project.projectStatus?.type;
		const status = pickWeighted(STATUS_WEIGHTS[projectStatusType] ?? STATUS_WEIGHTS.default, statuses);
		const parent = plan && plan.topLevel.length > 0 && rng.chance(0.15) ? rng.pick(plan.topLevel) : undefined;
		const createdMs = now - rng.int(1, 180) * DAY_MS;
		const start = rng.chance(0.6) ? rng.int(-60, 30) : undefined;
		const id = store.newId();
		const pool = plan && plan.memberIds.length > 0 ? plan.memberIds : people.map((p) => p.id);
		const assigneeIds = new Set<string>();
		// The API user gets some work of its own, so the /me views are never empty in the demo.
		if (rng.chance(0.12)) assigneeIds.add(apiUserId);
		if (!isPrivate) for (let n = rng.int(0, 2); n > 0; n--) assigneeIds.add(rng.pick(pool));
		const createdOn = iso(createdMs);
		const task: StoredTask = {
			id,
			name: isPrivate ? rng.pick(PRIVATE_NAMES) : `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`,
			description: rng.chance(0.3) ? '<p>See the briefing for details.</p>' : null,
			isPrio: rng.chance(0.1),
			startOn: start === undefined ? null : at(start),
			dueOn: start === undefined ? (rng.chance(0.3) ? at(rng.int(-10, 40)) : null) : at(start + rng.int(1, 21)),
			laneOrder: 0,
			plannedDuration: rng.int(0, 16) * 1800,
			taskNumber: plan ? ++plan.taskNumber : null,
			isExternal: false,
			createdVia: 'api',
			isHiddenForConnectUsers: false,
			baseType: plan ? 'projecttask' : 'private',
			taskStatusId: status.id,
			typeOfWorkId: rng.pick(types).id,
			assignees: [...assigneeIds].map((userId) => ({ id: userId, plannedEffort: 0, isDistributedPlannedEffort: true, updatedOn: createdOn, isExternal: false })),
			projectId: plan ? plan.project.id : null,
			correlationId: parent ? parent.id : id,
			parentId: parent ? parent.id : null,
			isSubtask: !!parent,
			hasAttachment: false,
			entityId: plan ? plan.project.id : ownerId,
			userId: ownerId,
			tags: plan && rng.chance(0.15) ? [rng.pick(tags)].map((t) => ({ id: t.id, name: t.name, color: t.color })) : [],
			createdOn,
			createdBy: apiUserId,
			updatedOn: createdOn,
			updatedBy: apiUserId,
			closedOn: status.type === 'done' ? iso(Math.min(now, createdMs + rng.int(1, 20) * DAY_MS)) : null,
			closedBy: status.type === 'done' ? apiUserId : null,
			order: nextColumnOrder(`${plan?.project.id ?? ownerId}|${status.id}`),
			subtaskOrder: parent ? nextColumnOrder(`sub|${parent.id}`) : null,
			createdFromTaskId: null,
			isRecurring: false,
			customFields: [],
			resourceVersion: nextResourceVersion(store),
			taskSchedulesCount: 0,
			isCompletelyScheduled: false,
			_lists: plan && !parent && plan.lists.length > 0 ? [{ id: rng.pick(plan.lists), order: nextColumnOrder(`list|${plan.project.id}`) }] : [],
			_assignedOn: Object.fromEntries([...assigneeIds].map((userId) => [userId, createdOn])),
		};
		tasksOf(store).insert(task);
		if (plan && !parent) plan.topLevel.push(task);

		if (rng.chance(0.2)) {
			for (let n = rng.int(1, 4); n > 0; n--) {
				checklistItemsOf(store).insert({
					isDone: rng.chance(0.4), name: rng.pick(CHECKLIST_NAMES), order: n, id: store.newId(),
					createdOn, createdBy: apiUserId, updatedOn: createdOn, updatedBy: apiUserId, taskId: id,
				});
			}
		}
		if (plan && rng.chance(0.08)) seedComment(store, task, plan.project, rng.pick(pool), createdMs + DAY_MS);
	}

	for (const plan of plans) {
		const counter = taskNumberCounters(store).get(plan.project.id);
		if (counter) counter.last = Math.max(counter.last, plan.taskNumber);
		else taskNumberCounters(store).insert({ id: plan.project.id, last: plan.taskNumber });
	}
}

function seedComment(store: Store, task: StoredTask, project: Record<string, any>, authorId: string, atMs: number): void {
	const message = store.rng.pick(COMMENTS);
	const at = new Date(Math.min(atMs, store.now().getTime())).toISOString();
	insertSeedComment(store, { type: 'task', entity: task, project }, authorId, message, at);
}
