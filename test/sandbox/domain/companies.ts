/**
 * Companies (clients): CRUD (`company_added/updated/deleted`), contact infos, tags, industries.
 * Deleting follows `CompanyDeleteForm`: move related projects to another company, or detach them.
 * `projectsCount`/`projectsInProgressCount` are computed from the `projects` collection on read.
 *
 * `company_type_changed`: the spec's company model has no `type`/`companyType` property. What
 * classifies a company is its `industry` (a free-text category with its own endpoint,
 * `GET /companies/industries`, listing the values in use), so a change of `industry` is the
 * company's type changing. Tags were considered and rejected: they are labels with their own
 * add/delete operations, not one classifying value, and `isExternal` is read-only (awork
 * Connect). So `PUT /companies/{companyId}` that changes `industry` announces
 * `company_updated` (all changes) and then `company_type_changed` (just the Industry change),
 * the way a project type change announces `project_updated` and `project_type_changed`.
 */
import { ApiError, invalidOperation, type ValidationError } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, PropertyChange, SandboxRequest, WebhookEventType } from '../types';
import { collections, newCompany, type StoredCompany } from './people-models';
import { contactInfoHandlers, tagHandlers, type OwnerAccess } from './people-owner-handlers';
import { applyFields, touch } from './people-shared';
import { assertValid } from './shared/respond';
import { withoutInternals } from './shared/internals';

const companies = (ctx: HandlerContext) => collections.companies(ctx.store);
const projectsOf = (store: Store) => store.collection<any>('projects', 'project');

/** Project counts per company, computed once per request. */
function projectCounts(store: Store): Map<string, { all: number; inProgress: number }> {
	const counts = new Map<string, { all: number; inProgress: number }>();
	for (const project of projectsOf(store).all()) {
		if (!project.companyId) continue;
		const key = String(project.companyId).toLowerCase();
		const entry = counts.get(key) ?? { all: 0, inProgress: 0 };
		entry.all += 1;
		const type = project.projectStatus?.type;
		if (type === 'progress' || type === 'in-progress') entry.inProgress += 1;
		counts.set(key, entry);
	}
	return counts;
}

function view(company: StoredCompany, counts: Map<string, { all: number; inProgress: number }>): StoredCompany {
	const count = counts.get(company.id.toLowerCase());
	return { ...withoutInternals(company), projectsCount: count?.all ?? 0, projectsInProgressCount: count?.inProgress ?? 0 };
}

const single = (ctx: HandlerContext, company: StoredCompany) => ({ status: 200, body: view(company, projectCounts(ctx.store)) });

function checkName(body: Record<string, any>): void {
	const errors: ValidationError[] = [];
	if (typeof body.name !== 'string' || body.name.trim() === '') errors.push({ property: 'name', message: 'The company name is required.' });
	assertValid(errors);
}

function emitCompany(ctx: HandlerContext, req: SandboxRequest, eventType: WebhookEventType, company: StoredCompany, changes?: PropertyChange[]) {
	ctx.emit({ eventType, entityType: 'company', entityId: company.id, entity: view(company, projectCounts(ctx.store)), changes, userId: req.userId, traceId: req.traceId });
}

function updated(ctx: HandlerContext, req: SandboxRequest, company: StoredCompany, changes?: PropertyChange[]) {
	touch(ctx.store, company, req.userId);
	emitCompany(ctx, req, 'company_updated', company, changes);
}

const DELETE_OPERATIONS = ['move', 'delete-only-company', 'delete-all-without-timeentries', 'delete-all'];

const companyAccess: OwnerAccess<StoredCompany> = { kind: 'company', basePath: '/companies', idParam: 'companyId', collection: companies, updated };

export const companiesHandlers: HandlerTable = {
	...contactInfoHandlers(companyAccess, {
		infosOf: (company) => company.companyContactInfos,
		changedProperty: 'CompanyContactInfos',
		typeRequired: true,
	}),
	...tagHandlers(companyAccess, 204),

	'GET /companies': (req, ctx) => {
		const counts = projectCounts(ctx.store);
		return ctx.list(req, companies(ctx).all().map((c) => view(c, counts)));
	},

	'GET /companies/{companyId}': (req, ctx) => single(ctx, companies(ctx).require(req.params.companyId)),

	'POST /companies': (req, ctx) => {
		const body = req.body ?? {};
		checkName(body);
		const company = companies(ctx).insert(newCompany(ctx.store, req.userId, { name: body.name.trim(), description: body.description, industry: body.industry }));
		emitCompany(ctx, req, 'company_added', company);
		return single(ctx, company);
	},

	'PUT /companies/{companyId}': (req, ctx) => {
		const company = companies(ctx).require(req.params.companyId);
		const body = req.body ?? {};
		checkName(body);
		const changes = applyFields(company as any, { ...body, name: body.name.trim() }, ['name', 'description', 'industry']);
		updated(ctx, req, company, changes);
		const typeChanges = changes.filter((c) => c.property === 'Industry');
		if (typeChanges.length > 0) emitCompany(ctx, req, 'company_type_changed', company, typeChanges);
		return single(ctx, company);
	},

	'POST /companies/{companyId}/delete': (req, ctx) => {
		const company = companies(ctx).require(req.params.companyId);
		const operation: string = req.body?.deleteOperation ?? 'delete-only-company';
		if (!DELETE_OPERATIONS.includes(operation)) {
			assertValid([{ property: 'deleteOperation', message: `'${operation}' is not one of ${DELETE_OPERATIONS.join(', ')}.` }]);
		}
		const related = projectsOf(ctx.store).where((p) => String(p.companyId ?? '').toLowerCase() === company.id.toLowerCase());
		if (operation === 'move') {
			const targetId = req.body?.moveToCompany;
			if (!targetId) assertValid([{ property: 'moveToCompany', message: "'moveToCompany' is required for the 'move' operation." }]);
			if (String(targetId).toLowerCase() === company.id.toLowerCase()) throw invalidOperation('A company cannot be moved into itself.');
			const target = companies(ctx).get(targetId);
			if (!target) assertValid([{ property: 'moveToCompany', message: `The company with the id '${targetId}' could not be found.` }]);
			for (const project of related) {
				project.companyId = target!.id;
				if (project.company) project.company = { ...project.company, id: target!.id, name: target!.name };
			}
		} else if (operation === 'delete-only-company') {
			for (const project of related) {
				project.companyId = null;
				delete project.company;
			}
		} else if (related.length > 0) {
			// Cascading into projects, tasks and time entries belongs to the project area; refuse
			// rather than leave half-deleted data behind.
			throw new ApiError(400, 'invalid-operation', `The company has ${related.length} project(s); delete or move them first, or use 'move' / 'delete-only-company'.`);
		}
		companies(ctx).delete(company.id);
		emitCompany(ctx, req, 'company_deleted', company);
		return { status: 204 };
	},

	'GET /companies/industries': (_req, ctx) => {
		const used = companies(ctx).all().map((c) => c.industry).filter((i): i is string => Boolean(i));
		return { status: 200, body: [...new Set(used)].sort() };
	},
};
