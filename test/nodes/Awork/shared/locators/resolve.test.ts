/** readLocator: every way a person, an expression or an AI agent can name an awork entity, and what is refused. */
import { NodeOperationError, type INode } from 'n8n-workflow';

import { describeValue } from '../../../../../nodes/Awork/shared/fields/inputError';
import { LOCATOR_ENTITIES, type LocatorEntityKey } from '../../../../../nodes/Awork/shared/locators/entities';
import { readLocator } from '../../../../../nodes/Awork/shared/locators/resolve';

const node: INode = { id: 'n', name: 'awork', type: 'awork', typeVersion: 1, position: [0, 0], parameters: {} };
const P = '3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90';
const T = '9a1b7c2d-0e3f-4a5b-8c6d-7e8f9a0b1c2d';
const where = { node, itemIndex: 2, field: 'Project' };

const read = (raw: unknown, entity: LocatorEntityKey = 'project', withKey = false) => readLocator(raw, LOCATOR_ENTITIES[entity], where, withKey);
const rl = (mode: string, value: unknown) => ({ __rl: true, mode, value });

function refusal(raw: unknown, entity: LocatorEntityKey = 'project', withKey = false): NodeOperationError {
	try {
		read(raw, entity, withKey);
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return error as NodeOperationError;
	}
	throw new Error(`${JSON.stringify(raw)} was accepted`);
}

describe('readLocator', () => {
	it('reads a picked item (list mode) and a typed ID, in lower case and trimmed', () => {
		expect(read(rl('list', P))).toEqual({ id: P });
		expect(read(rl('id', `  ${P.toUpperCase()} `))).toEqual({ id: P });
	});

	it.each([
		`https://acme.awork.com/projects/${P}`,
		`https://acme.awork.com/projects/${P}/`,
		`https://acme.awork.com/projects/${P}/tasks`,
		`https://acme.awork.com/projects/${P}/tasks?view=board&sort=due`,
		`https://acme.awork.com/projects/${P}?tab=details`,
		`https://acme.awork.com/projects/${P}#timeline`,
		`http://localhost:4200/projects/${P.toUpperCase()}/details`,
		`  https://acme.awork.com/projects/${P}/tasks  `,
	])('reads the project ID from the link %s', (link) => {
		expect(read(rl('url', link))).toEqual({ id: P });
	});

	it("reads a task's own ID from a task link, and the project from the same link in a project field", () => {
		const taskLink = `https://acme.awork.com/projects/${P}/tasks/${T}/details`;
		expect(read(rl('url', taskLink), 'task')).toEqual({ id: T });
		expect(read(rl('url', taskLink), 'project')).toEqual({ id: P });
	});

	it.each<[LocatorEntityKey, string]>([
		['task', `https://acme.awork.com/projects/${P}/tasks`],
		['task', `https://acme.awork.com/projects/${P}/tasklists/${T}`],
		['project', `https://acme.awork.com/users/${P}/profile`],
		['project', `https://acme.awork.com/projecttemplates/${P}`],
		['user', `https://acme.awork.com/projects/${P}`],
		['company', `https://acme.awork.com/projects/${P}`],
		['projectTemplate', `https://acme.awork.com/projects/${P}`],
		['taskList', `https://acme.awork.com/projects/${P}/tasks/${T}`],
		['project', `https://acme.awork.com/projects/${P.slice(0, -1)}`],
		['project', 'https://acme.awork.com/projects/'],
	])('refuses a %s link that names no such entity: %s', (entity, link) => {
		const { label, urlExample } = LOCATOR_ENTITIES[entity];
		expect(refusal(rl('url', link), entity).message).toBe(`Invalid 'Project' on item 2: expected an awork ${label} link such as ${urlExample}, got ${describeValue(link)}`);
	});

	it.each<[LocatorEntityKey, string, string]>([
		['taskList', `https://acme.awork.com/projects/${P}/tasklists/${T}`, T],
		['taskList', `https://acme.awork.com/projects/${P}/lists/${T}?x=1`, T],
		['user', `https://acme.awork.com/users/${T}/profile`, T],
		['company', `https://acme.awork.com/clients/${T}`, T],
		['company', `https://acme.awork.com/companies/${T}/projects`, T],
		['projectTemplate', `https://acme.awork.com/project-templates/${T}/settings`, T],
		['projectTemplate', `https://acme.awork.com/projecttemplates/${T}`, T],
	])('reads a %s link: %s', (entity, link, id) => {
		expect(read(rl('url', link), entity)).toEqual({ id });
	});

	it('reads keys in key mode, and refuses what cannot be a key', () => {
		expect(read(rl('key', ' PRJ-12 '), 'project', true)).toEqual({ key: 'PRJ-12' });
		expect(read(rl('key', 'web_2.0'), 'project', true)).toEqual({ key: 'web_2.0' });
		expect(refusal(rl('key', 'PRJ 12'), 'project', true).message).toBe("Invalid 'Project' on item 2: expected a project key such as PRJ-12, got 'PRJ 12'");
		expect(refusal(rl('key', 'x'.repeat(65)), 'project', true).message).toMatch(/expected a project key such as PRJ-12/);
	});

	it('reads a plain value from an expression or an AI agent: a GUID, a link, or (where offered) a key', () => {
		expect(read(P.toUpperCase())).toEqual({ id: P });
		expect(read(`https://acme.awork.com/projects/${P}/tasks`)).toEqual({ id: P });
		expect(read('WEB', 'project', true)).toEqual({ key: 'WEB' });
		expect(read(12, 'project', true)).toEqual({ key: '12' });
	});

	it('refuses a plain value that is none of them, saying what it takes', () => {
		const error = refusal('Website relaunch', 'project', true);
		expect(error.message).toBe(
			"Invalid 'Project' on item 2: expected a project picked from the list, an awork project link (https://yourworkspace.awork.com/projects/3f0c…/tasks) or a project ID (GUID), or its key, got 'Website relaunch'",
		);
		expect(refusal('WEB').message).toMatch(/or a project ID \(GUID\), got 'WEB'$/);
		expect(refusal(`https://acme.awork.com/users/${P}`).message).toMatch(/expected an awork project link such as/);
	});

	it('refuses a link in ID mode and a non-GUID in list mode', () => {
		expect(refusal(rl('id', `https://acme.awork.com/projects/${P}`)).message).toMatch(/^Invalid 'Project' on item 2: expected a project picked from the list/);
		expect(refusal(rl('list', 'WEB'), 'project', true).message).toMatch(/got 'WEB'$/);
		expect(refusal(rl('id', `${P}0`)).message).toMatch(/got '3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a900'$/);
	});

	it('refuses a value that is neither text nor a number', () => {
		expect(refusal(rl('id', { id: P })).message).toMatch(new RegExp(`got \\{"id":"${P}"\\}$`));
		expect(refusal(['x']).message).toMatch(/got \["x"\]$/);
	});

	it('gives nothing for nothing chosen', () => {
		expect(read(rl('list', ''))).toBeUndefined();
		expect(read(rl('id', '   '))).toBeUndefined();
		expect(read('')).toBeUndefined();
		expect(read(undefined)).toBeUndefined();
		expect(read(null)).toBeUndefined();
	});
});
