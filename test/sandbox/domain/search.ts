/**
 * `GET /search`: full-text search over the workspace's tasks, projects, task lists, users and
 * companies (the other searchable types answer no hits here). Matches are case-insensitive
 * substrings of names (and descriptions, scoring lower); closed, stuck and done entities only with
 * `includeClosedAndStuck`. Each type's hits and the overall `top` list hold at most `top` hits.
 */
import { validationFailed } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable, SandboxRequest } from '../types';
import { projectStatusesOf, projectsOf } from './projects-model';
import { collections } from './people-models';
import { taskListsOf, taskStatusesOf, tasksOf } from './tasks-shared';

/** The types the spec names for `searchTypes`, with the SearchResults property of each. */
const RESULT_PROPERTIES: Record<string, string> = {
	task: 'taskHits', project: 'projectHits', user: 'userHits', company: 'companyHits', comment: 'commentHits',
	timeentry: 'timeEntriesHits', timereport: 'timeReportsHits', file: 'fileHits', document: 'documentHits',
	tasklist: 'taskListHits', dashboardnote: 'dashboardNotesHits',
};
const MAX_TERM = 50;
const DEFAULT_TOP = 20;

interface Hit { type: string; score: number; entity: Record<string, unknown>; highlights: Record<string, string[]> }

function readQuery(req: SandboxRequest) {
	const term = String(req.query.searchTerm ?? '').trim();
	const errors = [];
	if (!term) errors.push({ property: 'searchTerm', message: 'The search term is required.' });
	else if (term.length > MAX_TERM) errors.push({ property: 'searchTerm', message: `The search term must have at most ${MAX_TERM} characters.` });
	const rawTypes = String(req.query.searchTypes ?? 'all').toLowerCase().split(',').map((t) => t.trim()).filter(Boolean);
	const types = rawTypes.length === 0 || rawTypes.includes('all') ? Object.keys(RESULT_PROPERTIES) : rawTypes;
	const unknown = types.filter((t) => !(t in RESULT_PROPERTIES));
	if (unknown.length) errors.push({ property: 'searchTypes', message: `Unknown search types: ${unknown.join(', ')}.` });
	const top = req.query.top === undefined ? DEFAULT_TOP : Number(req.query.top);
	if (!Number.isInteger(top) || top < 1) errors.push({ property: 'top', message: 'The count of top results must be at least 1.' });
	if (errors.length) throw validationFailed(errors);
	return { term: term.toLowerCase(), types, top, includeClosed: String(req.query.includeClosedAndStuck ?? 'false') === 'true' };
}

/** Score 3 for a name match (4 when the name is the term), 1 for a description match; highlights the matched properties. */
function match(term: string, texts: Record<string, unknown>): { score: number; highlights: Record<string, string[]> } | undefined {
	let score = 0;
	const highlights: Record<string, string[]> = {};
	for (const [property, value] of Object.entries(texts)) {
		if (typeof value !== 'string' || !value.toLowerCase().includes(term)) continue;
		score += property === 'description' ? 1 : value.toLowerCase() === term ? 4 : 3;
		highlights[property] = [value];
	}
	return score > 0 ? { score, highlights } : undefined;
}

function candidates(store: Store, type: string, includeClosed: boolean): Array<{ texts: Record<string, unknown>; entity: Record<string, unknown> }> {
	switch (type) {
		case 'task':
			return tasksOf(store).all().flatMap((task) => {
				const statusType = taskStatusesOf(store).get(task.taskStatusId)?.type;
				if (!includeClosed && (statusType === 'done' || statusType === 'stuck')) return [];
				const entity = {
					id: task.id, name: task.name, description: task.description ?? null, baseType: task.baseType,
					tags: task.tags.map((t) => t.name ?? ''), isOpen: statusType !== 'done', projectId: task.projectId, userId: task.userId,
				};
				return [{ texts: { name: task.name, description: task.description }, entity }];
			});
		case 'project':
			return projectsOf(store).all().flatMap((project) => {
				const statusType = projectStatusesOf(store).get(project.projectStatusId)?.type;
				if (!includeClosed && (statusType === 'closed' || statusType === 'stuck')) return [];
				const entity = {
					id: project.id, name: project.name, projectKey: project.projectKey, description: project.description ?? null,
					projectTypeId: project.projectTypeId, projectStatusId: project.projectStatusId, isOpen: statusType !== 'closed',
					tags: project.tags.map((t) => t.name),
				};
				return [{ texts: { name: project.name, projectKey: project.projectKey, description: project.description }, entity }];
			});
		case 'tasklist':
			return taskListsOf(store).all().map((list) => ({ texts: { name: list.name }, entity: { id: list.id, name: list.name } }));
		case 'user':
			return collections.users(store).all().map((user) => ({
				texts: { firstName: user.firstName, lastName: user.lastName, position: user.position },
				entity: { id: user.id, firstName: user.firstName, lastName: user.lastName, position: user.position, isDeactivated: user.status.isDeactivated },
			}));
		case 'company':
			return collections.companies(store).all().map((company) => ({
				texts: { name: company.name, industry: company.industry },
				entity: { id: company.id, name: company.name, industry: company.industry, tags: company.tags.map((t) => t.name) },
			}));
		default:
			return [];
	}
}

const best = (a: Hit, b: Hit) => b.score - a.score || String(a.entity.name ?? a.entity.lastName ?? '').localeCompare(String(b.entity.name ?? b.entity.lastName ?? ''));
const maxScore = (hits: Hit[]) => hits.reduce((max, hit) => Math.max(max, hit.score), 0);

export const searchHandlers: HandlerTable = {
	'GET /search': (req, ctx) => {
		const query = readQuery(req);
		const body: Record<string, unknown> = {};
		const all: Hit[] = [];
		for (const type of query.types) {
			const hits = candidates(ctx.store, type, query.includeClosed)
				.flatMap(({ texts, entity }) => {
					const found = match(query.term, texts);
					return found ? [{ type, score: found.score, entity, highlights: found.highlights }] : [];
				})
				.sort(best);
			all.push(...hits);
			body[RESULT_PROPERTIES[type]] = { totalCount: hits.length, maxScore: maxScore(hits), hits: hits.slice(0, query.top), hasHits: hits.length > 0 };
		}
		all.sort(best);
		return { status: 200, body: { totalCount: all.length, maxScore: maxScore(all), top: all.slice(0, query.top), ...body } };
	},
};
