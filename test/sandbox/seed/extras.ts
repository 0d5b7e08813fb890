/**
 * The last seed step: the small things a lived-in workspace has besides projects, tasks and time —
 * files on a few entities, project comments, user tags, tags on private tasks, a private task shared
 * with the API user, a paused webhook with its failed deliveries and two teams. Runs after every other step so
 * it does not change what they draw from `store.rng`; only for workspaces with projects.
 */
import type { Store } from '../store';
import type { WorkspaceScale } from './scale';
import { storeAttachedFile, type FileOwnerType } from '../domain/files';
import { collections } from '../domain/people-models';
import { ensureTag } from '../domain/people-tags';
import { WORKSPACE_COLLECTION, type SandboxWorkspace } from '../domain/people-shared';
import { checklistItemsOf, projectsOf, taskTagsOf, tasksOf, type StoredTask } from '../domain/tasks-shared';
import { webhookLogsOf, webhooksOf } from '../webhooks/model';
import { seedTeams } from '../domain/teams';
import { insertSeedComment } from './comments';

const DAY_MS = 86_400_000;
const FILES: Array<{ fileName: string; contentType: string; text: string }> = [
	{ fileName: 'briefing.txt', contentType: 'text/plain', text: 'Client briefing\n- goals\n- audience\n- timeline\n' },
	{ fileName: 'sitemap.csv', contentType: 'text/csv', text: 'page,owner\nHome,Design\nAbout,Content\nContact,Development\n' },
	{ fileName: 'meeting-notes.md', contentType: 'text/markdown', text: '# Kick-off\n\nAgreed on scope and first milestone.\n' },
];
const PROJECT_COMMENTS = ['Kick-off went well, see the notes in the files.', 'Budget approved by the client.', 'Next review is on Friday.'];
const USER_TAGS: Array<[string, string]> = [['design-team', 'purple'], ['freelancer', 'yellow'], ['first-aid', 'red']];

export function seedExtras(store: Store, scale: WorkspaceScale): void {
	const users = collections.users(store).all();
	const apiUserId = users[0]?.id;
	const projects = projectsOf(store).all();
	if (!apiUserId || projects.length === 0 || scale.projects === 0) return;
	const now = store.now().getTime();
	const daysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString();
	const humans = users.slice(1);

	seedFiles(store, apiUserId, daysAgo);
	const openProjects = projects.filter((p) => p.projectStatus?.type !== 'closed');
	openProjects.slice(0, 3).forEach((project, i) => {
		const author = humans[i % Math.max(humans.length, 1)]?.id ?? apiUserId;
		insertSeedComment(store, { type: 'project', entity: project, project }, author, PROJECT_COMMENTS[i % PROJECT_COMMENTS.length], daysAgo(3 + i));
	});

	USER_TAGS.forEach(([name, color], i) => {
		const tag = ensureTag(store, 'user', name, color, apiUserId, daysAgo(300));
		for (const user of humans.filter((_, index) => index % USER_TAGS.length === i)) user.tags.push({ id: tag.id, name: tag.name, color: tag.color });
	});

	seedPrivateTaskDetails(store, apiUserId, humans.map((u) => u.id), daysAgo(20));
	seedPausedWebhook(store, apiUserId, daysAgo);
	seedTeams(store, apiUserId, humans, daysAgo(200));
}

function seedFiles(store: Store, actorId: string, daysAgo: (days: number) => string): void {
	const owners: Array<[FileOwnerType, string | undefined]> = [
		['project', projectsOf(store).all().find((p) => p.projectStatus?.type !== 'closed')?.id],
		['task', tasksOf(store).all().find((t) => t.baseType === 'projecttask')?.id],
		['company', collections.companies(store).all()[0]?.id],
		['user', collections.users(store).all()[1]?.id],
		['projecttemplate', store.collection<{ id: string }>('projectTemplates').all()[0]?.id],
		['workspace', store.collection<SandboxWorkspace>(WORKSPACE_COLLECTION).all()[0]?.id],
	];
	owners.forEach(([type, id], i) => {
		if (!id) return;
		// Two files each, so deleting one still leaves the owner with a file.
		for (const offset of [0, 1]) {
			const spec = FILES[(i + offset) % FILES.length];
			const upload = { fieldName: 'file', fileName: spec.fileName, contentType: spec.contentType, data: Buffer.from(spec.text) };
			storeAttachedFile(store, actorId, type, id, upload, daysAgo(10 + i));
		}
	});
}

/**
 * A tag on each owner's first private task, one private task of a colleague shared with the API
 * user (awork's "other private tasks") and a short checklist on both kinds.
 */
function seedPrivateTaskDetails(store: Store, apiUserId: string, humanIds: string[], at: string): void {
	const privateTasks = tasksOf(store).where((t) => t.baseType === 'private' && Boolean(t.userId));
	const tagged = new Set<string>();
	for (const task of privateTasks) {
		if (tagged.has(task.userId!)) continue;
		tagged.add(task.userId!);
		const tag = taskTagsOf(store).insert({ id: store.newId(), createdOn: at, createdBy: task.userId, updatedOn: at, updatedBy: task.userId, name: 'personal', color: 'teal', _scope: `private:${task.userId}` });
		task.tags.push({ id: tag.id, name: tag.name, color: tag.color });
	}
	const own = privateTasks.find((t) => t.userId === apiUserId);
	const colleagues = privateTasks.find((t) => t.userId !== apiUserId && humanIds.includes(t.userId!));
	if (colleagues && !colleagues.assignees.some((a) => a.id === apiUserId)) {
		colleagues.assignees.push({ id: apiUserId, plannedEffort: 0, isDistributedPlannedEffort: true, updatedOn: at, isExternal: false });
		colleagues._assignedOn[apiUserId] = at;
	}
	for (const task of [own, colleagues].filter((t): t is StoredTask => Boolean(t))) {
		if (checklistItemsOf(store).where((i) => i.taskId === task.id).length > 0) continue;
		['Gather receipts', 'Send it off'].forEach((name, i) =>
			checklistItemsOf(store).insert({ isDone: i === 0, name, order: i + 1, id: store.newId(), createdOn: at, createdBy: task.userId, updatedOn: at, updatedBy: task.userId, taskId: task.id }),
		);
	}
}

/** Paused after failing deliveries, so it never posts anywhere while tests run. */
function seedPausedWebhook(store: Store, apiUserId: string, daysAgo: (days: number) => string): void {
	const reason = 'The receiver answered 410 Gone.';
	const webhook = webhooksOf(store).insert({
		id: store.newId(),
		name: 'Old CRM sync (paused)',
		uri: 'https://crm.sandbox-demo.example/awork-hook',
		language: 'en',
		events: 'project_added,project_updated,company_added',
		isActive: false,
		onlyTriggerForMainEntityChanges: true,
		authenticationType: 'none',
		authentication: null,
		receiverType: 'custom',
		lastFailureReason: reason,
		createdOn: daysAgo(90), createdBy: apiUserId, updatedOn: daysAgo(30), updatedBy: apiUserId,
		_consecutiveFailures: 11,
	});
	const entityId = projectsOf(store).all()[0]?.id ?? null;
	for (const attempt of [1, 2]) {
		webhookLogsOf(store).insert({
			id: store.newId(),
			webhookId: webhook.id,
			message: JSON.stringify({ eventType: 'project_updated', entityId, attempt }),
			responseCode: 410,
			createdOn: daysAgo(31 - attempt / 24),
			reason,
			isSuccessful: false,
			_attempt: attempt,
			_eventType: 'project_updated',
			_durationMs: 120 + attempt * 15,
		});
	}
}
