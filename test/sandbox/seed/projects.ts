/**
 * Seeds the project side of a workspace: the defaults every workspace has (project roles and
 * types), and for non-empty workspaces two workflows, two templates, custom field definitions and
 * agency projects with members, tags, statuses and custom field values. Some projects use a
 * workflow (shared project and task statuses, docs/changelog.md), the others their own statuses.
 */
import type { Store } from '../store';
import type { WorkspaceScale } from './scale';
import { createProject, newProjectStatus } from '../domain/projects-create';
import { usersOf, type Entity, type StoredProject } from '../domain/projects-model';
import { statusesOfProject } from '../domain/projects-rules';
import { moveToStatus } from '../domain/projects-status-logic';
import { newMember } from '../domain/projects-members';
import { newProjectRole } from '../domain/projectroles';
import { newProjectType } from '../domain/projecttypes';
import { newProjectTemplate } from '../domain/projecttemplates';
import { newCustomFieldDefinition } from '../domain/customfields';
import { newWorkflow, newWorkflowTaskStatus } from '../domain/workflows';

const DAY_MS = 86_400_000;

const PROJECT_TYPES = [
	{ name: 'Website', icon: 'web', description: 'Websites, landing pages and relaunches' },
	{ name: 'Campaign', icon: 'megaphone', description: 'Marketing and social media campaigns' },
	{ name: 'Branding', icon: 'brush', description: 'Corporate design and brand identity' },
	{ name: 'Internal', icon: 'home', description: 'Internal projects of the agency' },
];

const PROJECT_WORK = [
	'Website Relaunch', 'Brand Refresh', 'Social Media Campaign', 'Product Launch', 'Newsletter Redesign',
	'Trade Fair Booth', 'Employer Branding', 'Online Shop', 'Image Film', 'SEO Audit', 'Annual Report', 'App Prototype',
];
const PROJECT_TAGS = [
	{ name: 'retainer', color: 'green' }, { name: 'pitch', color: 'yellow' }, { name: 'urgent', color: 'red' },
	{ name: 'design', color: 'purple' }, { name: 'development', color: 'blue' },
];
const COLORS = ['red', 'coral', 'yellow', 'green', 'teal', 'blue', 'purple', null];

const WEBSITE_LISTS = [
	{ name: 'Concept', tasks: [{ name: 'Kick-off workshop', plannedDuration: 7200 }, { name: 'Sitemap and user flows', plannedDuration: 14400 }] },
	{ name: 'Design', tasks: [{ name: 'Moodboard', plannedDuration: 10800 }, { name: 'Screen design', plannedDuration: 28800 }] },
	{ name: 'Development', tasks: [{ name: 'Set up CMS', plannedDuration: 14400 }, { name: 'Implement templates', plannedDuration: 57600 }] },
	{ name: 'Launch', tasks: [{ name: 'QA and browser tests', plannedDuration: 14400 }, { name: 'Go live', plannedDuration: 3600 }] },
];
const CAMPAIGN_LISTS = [
	{ name: 'Planning', tasks: [{ name: 'Campaign briefing', plannedDuration: 3600 }, { name: 'Content calendar', plannedDuration: 7200 }] },
	{ name: 'Content', tasks: [{ name: 'Write posts', plannedDuration: 14400 }, { name: 'Create visuals', plannedDuration: 21600 }] },
	{ name: 'Reporting', tasks: [{ name: 'Monthly report', plannedDuration: 5400 }] },
];

/** Workspace defaults the API needs even in an empty workspace: roles for members, preset types. */
function seedDefaults(store: Store, actorId: string) {
	const manager = newProjectRole(store, actorId, { name: 'Project Manager' });
	const member = newProjectRole(store, actorId, { name: 'Project Member', isDefault: true });
	const viewer = newProjectRole(store, actorId, { name: 'Client Viewer', allowOnlyProjectMasterDataRead: true });
	const types = PROJECT_TYPES.map((t) => newProjectType(store, actorId, t));
	return { manager, member, viewer, types };
}

type WorkflowPlan = {
	name: string;
	icon: string;
	projectStatuses: Array<[string, string]>;
	taskStatuses: Array<[string, string, string]>;
};

const DELIVERY_WORKFLOW: WorkflowPlan = {
	name: 'Client delivery',
	icon: 'workflow',
	projectStatuses: [
		['Briefing', 'not-started'], ['Production', 'progress'], ['Client review', 'progress'],
		['Blocked by client', 'stuck'], ['Delivered', 'closed'],
	],
	taskStatuses: [['To do', 'todo', 'circle'], ['In progress', 'progress', 'clock'], ['Client feedback', 'review', 'comment'], ['Done', 'done', 'check']],
};
const RETAINER_WORKFLOW: WorkflowPlan = {
	name: 'Retainer support',
	icon: 'repeat',
	projectStatuses: [['Onboarding', 'not-started'], ['Active', 'progress'], ['On hold', 'stuck'], ['Ended', 'closed']],
	taskStatuses: [['Inbox', 'todo', 'inbox'], ['Working on it', 'progress', 'clock'], ['Waiting', 'stuck', 'pause'], ['Resolved', 'done', 'check']],
};

function seedWorkflow(store: Store, actorId: string, plan: WorkflowPlan): Entity {
	const workflow = newWorkflow(store, actorId, { name: plan.name, icon: plan.icon });
	plan.projectStatuses.forEach(([name, type], order) => newProjectStatus(store, actorId, { name, type, order }, { workflowId: workflow.id }));
	plan.taskStatuses.forEach(([name, type, icon], i) => newWorkflowTaskStatus(store, actorId, workflow.id, { name, type, icon, order: i + 1 }));
	return workflow;
}

/** Every 4th project (from the 2nd) on the delivery workflow, every 8th (from the 4th) on the retainer one. */
function workflowFor(index: number, delivery: Entity, retainer: Entity): Entity | undefined {
	if (index % 4 === 1) return delivery;
	if (index % 8 === 3) return retainer;
	return undefined;
}

function seedCustomFields(store: Store, actorId: string) {
	const budget = newCustomFieldDefinition(store, actorId, { name: 'Budget (EUR)', type: 'number', entity: 'project', order: 1 });
	const priority = newCustomFieldDefinition(store, actorId, {
		name: 'Priority', type: 'coloredSelect', entity: 'project', order: 2,
		selectionOptions: [{ value: 'High', color: 'red', order: 1 }, { value: 'Medium', color: 'orange', order: 2 }, { value: 'Low', color: 'green', order: 3 }],
	});
	newCustomFieldDefinition(store, actorId, { name: 'Contract signed', type: 'boolean', entity: 'project', order: 3 });
	newCustomFieldDefinition(store, actorId, {
		name: 'Effort', type: 'select', entity: 'task',
		selectionOptions: [{ value: 'S', order: 1 }, { value: 'M', order: 2 }, { value: 'L', order: 3 }],
	});
	return { budget, priority };
}

const dayIso = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString();

export function seedProjects(store: Store, scale: WorkspaceScale): void {
	const users = usersOf(store).all();
	// seedPeople inserts the API user first; it is the author of the workspace's setup.
	const actorId = users[0]?.id;
	if (!actorId) throw new Error('seedProjects needs the API user: run seedPeople first');
	const roles = seedDefaults(store, actorId);
	if (scale.projects === 0 && scale.tasks === 0 && scale.timeEntries === 0) return;

	const rng = store.rng;
	const now = store.now().getTime();
	const workflow = seedWorkflow(store, actorId, DELIVERY_WORKFLOW);
	const retainer = seedWorkflow(store, actorId, RETAINER_WORKFLOW);
	const fields = seedCustomFields(store, actorId);
	const [website, campaign] = roles.types;
	const templates = [
		newProjectTemplate(store, actorId, {
			name: 'Website relaunch', description: 'Standard process for a website relaunch.', projectTypeId: website.id,
			timeBudget: 180 * 3600, isBillableByDefault: 'on', taskLists: WEBSITE_LISTS,
		}),
		newProjectTemplate(store, actorId, {
			name: 'Social media campaign', projectTypeId: campaign.id, workflowId: workflow.id, timeBudget: 60 * 3600,
			isBillableByDefault: 'on', taskLists: CAMPAIGN_LISTS, tags: [{ name: 'campaign', color: 'blue' }],
		}),
	];
	for (const template of templates) {
		template._customFieldLinks = [{ customFieldDefinitionId: fields.budget.id, order: 1 }];
	}

	const people = users.slice(1).filter((u) => !u.isDeactivated);
	const companies = store.collection<Entity>('companies').all();
	const tagPool = PROJECT_TAGS.map((t) => ({ ...t, id: store.newId() }));
	for (let i = 0; i < scale.projects; i++) {
		const company = companies.length > 0 && rng.chance(0.85) ? rng.pick(companies) : undefined;
		const work = PROJECT_WORK[i % PROJECT_WORK.length];
		const name = company ? `${company.name.split(' ')[0]} – ${work}` : `Internal – ${work}`;
		const startMs = now - rng.int(-20, 200) * DAY_MS;
		const project = createProject(store, {
			name,
			description: `${work} for ${company?.name ?? 'the agency'}.`,
			companyId: company?.id ?? null,
			projectTypeId: company ? rng.pick(roles.types).id : roles.types[3].id,
			startDate: dayIso(startMs),
			dueDate: dayIso(startMs + rng.int(30, 150) * DAY_MS),
			timeBudget: rng.int(2, 40) * 10 * 3600,
			isBillableByDefault: !!company,
			color: rng.pick(COLORS),
			workflowId: workflowFor(i, workflow, retainer)?.id ?? null,
		}, actorId);
		backdate(project, now - rng.int(5, 300) * DAY_MS);
		// Stratified by position, so every status mix (incl. closed projects) shows up in the demo.
		placeInStatus(store, project, (i + rng.next()) / scale.projects, actorId);
		addMembers(store, project, people, roles, rng.int(2, 4));
		for (const tag of tagPool) if (rng.chance(0.2)) project.tags.push({ id: tag.id, name: tag.name, color: tag.color });
		if (rng.chance(0.6)) {
			project._customFieldLinks.push({ customFieldDefinitionId: fields.budget.id, order: 1 }, { customFieldDefinitionId: fields.priority.id, order: 2 });
			const option = rng.pick(fields.priority.selectionOptions as Array<Record<string, any>>);
			project.customFields.push(
				{ customFieldDefinitionId: fields.budget.id, numberValue: rng.int(5, 120) * 1000 },
				{ customFieldDefinitionId: fields.priority.id, selectionOptionIdValue: option.id, selectionOption: { ...option } },
			);
		}
	}
}

function backdate(project: StoredProject, createdMs: number): void {
	project.createdOn = new Date(createdMs).toISOString();
	project.updatedOn = project.createdOn;
}

/** About 30% not started, 50% in progress (some stuck), 20% closed. */
function placeInStatus(store: Store, project: StoredProject, roll: number, actorId: string): void {
	const wanted = roll < 0.3 ? 'not-started' : roll < 0.75 ? 'progress' : roll < 0.8 ? 'stuck' : 'closed';
	const status = statusesOfProject(store, project).find((s) => s.type === wanted);
	if (status) moveToStatus(store, project, status, actorId);
}

function addMembers(
	store: Store,
	project: StoredProject,
	people: Entity[],
	roles: { manager: Entity; member: Entity },
	count: number,
): void {
	const chosen = new Set<Entity>();
	while (chosen.size < Math.min(count, people.length)) chosen.add(store.rng.pick(people));
	[...chosen].forEach((user, index) => {
		project.members.push(newMember(store, user, index === 0 ? roles.manager : roles.member, index === 0));
	});
}
