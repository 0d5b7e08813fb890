/** The project part of the seed: realistic demo content, determinism, empty defaults, large-scale speed. */
import { Store } from '../store';
import { seedPeople } from './people';
import { seedProjects } from './projects';
import { DEMO_SCALE, EMPTY_SCALE, resolveScale } from './scale';
import type { WorkspaceScale } from './scale';

const clock = () => new Date('2025-06-02T09:00:00Z');

function seeded(scale: WorkspaceScale, seed = 7): Store {
	const store = new Store({ seed, now: clock });
	seedPeople(store, scale);
	seedProjects(store, scale);
	return store;
}

const dump = (store: Store) =>
	JSON.stringify(
		['projects', 'projectStatuses', 'projectTypes', 'projectRoles', 'projectTemplates', 'workflows', 'customFieldDefinitions'].map((name) =>
			store.collection(name).all(),
		),
	);

describe('resolveScale', () => {
	it('maps demo, empty and partial large workspaces to whole numbers', () => {
		expect(resolveScale('demo')).toEqual(DEMO_SCALE);
		expect(resolveScale(undefined)).toEqual(DEMO_SCALE);
		expect(resolveScale('empty')).toEqual(EMPTY_SCALE);
		expect(resolveScale({ tasks: 10_000.7, timeEntries: 50_000 })).toMatchObject({ tasks: 10_000, timeEntries: 50_000, projects: 400 });
		expect(() => resolveScale({ users: -1 })).toThrow(RangeError);
	});
});

describe('seedProjects', () => {
	it('seeds the demo agency: statuses of every kind, members with one responsible, templates and a workflow', () => {
		const store = seeded(DEMO_SCALE);
		const projects = store.collection<any>('projects').all();
		expect(projects).toHaveLength(DEMO_SCALE.projects);
		const statusTypes = new Set(projects.map((p) => p.projectStatus.type));
		expect(statusTypes.has('closed') || statusTypes.has('progress')).toBe(true);
		for (const project of projects) {
			expect(project.members.filter((m: any) => m.isResponsible)).toHaveLength(1);
			expect(project.projectStatusId).toBe(project.projectStatus.id);
			if (project.projectStatus.type === 'closed') expect(project.closedOn).not.toBeNull();
			expect(Date.parse(project.startDate)).toBeLessThanOrEqual(Date.parse(project.dueDate));
		}
		const keys = projects.map((p) => p.projectKey);
		expect(new Set(keys).size).toBe(keys.length);
		expect(store.collection<any>('projectTemplates').all().map((t) => t.name)).toEqual(['Website relaunch', 'Social media campaign']);
		const [workflow, retainer] = store.collection<any>('workflows').all();
		expect(store.collection<any>('projectStatuses').where((s) => s.workflowId === workflow.id).map((s) => s.type))
			.toEqual(['not-started', 'progress', 'progress', 'stuck', 'closed']);
		// Projects on a workflow use its shared statuses; the others have their own (docs/changelog.md).
		const onDelivery = projects.filter((p) => p.workflowId === workflow.id);
		expect(onDelivery.length).toBeGreaterThanOrEqual(2);
		expect(projects.some((p) => p.workflowId === retainer.id)).toBe(true);
		for (const project of projects) {
			const status = store.collection<any>('projectStatuses').get(project.projectStatusId);
			if (project.workflowId) expect(status).toMatchObject({ projectId: null, workflowId: project.workflowId });
			else expect(status).toMatchObject({ projectId: project.id, workflowId: null });
		}
		expect(projects.filter((p) => !p.workflowId).length).toBeGreaterThanOrEqual(2);
		expect(store.collection<any>('projectRoles').where((r) => r.isDefault)).toHaveLength(1);
	});

	it('is deterministic: the same seed and clock give the same data, another seed differs', () => {
		expect(dump(seeded(DEMO_SCALE, 3))).toEqual(dump(seeded(DEMO_SCALE, 3)));
		expect(dump(seeded(DEMO_SCALE, 3))).not.toEqual(dump(seeded(DEMO_SCALE, 4)));
	});

	it('gives an empty workspace only the defaults (roles, types)', () => {
		const store = seeded(EMPTY_SCALE);
		expect(store.collection('projects').size).toBe(0);
		expect(store.collection('workflows').size).toBe(0);
		expect(store.collection('projectRoles').size).toBeGreaterThan(0);
		expect(store.collection('projectTypes').size).toBeGreaterThan(0);
	});

	it('seeds the projects of a large workspace', () => {
		const scale = resolveScale({ tasks: 10_000, timeEntries: 50_000 });
		const store = seeded(scale);
		expect(store.collection('projects').size).toBe(scale.projects);
	});
});
