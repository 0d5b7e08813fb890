/**
 * Seeds a whole workspace. The order matters: projects need users and companies, tasks need
 * projects, time entries need tasks; the extras (files, comments, tags …) come last. Each step
 * draws only from `store.rng` / `store.newId()` and `store.now()`, so the same seed and clock
 * always give the same workspace.
 */
import type { SandboxOptions } from '../types';
import type { Store } from '../store';
import { seedPeople } from './people';
import { seedProjects } from './projects';
import { seedTasks } from './tasks';
import { seedTime } from './time';
import { seedExtras } from './extras';
import { resolveScale } from './scale';

export { resolveScale } from './scale';
export type { WorkspaceScale } from './scale';

export function seedWorkspace(store: Store, workspace: SandboxOptions['workspace']): { apiUserId: string } {
	const scale = resolveScale(workspace);
	const { apiUserId } = seedPeople(store, scale);
	seedProjects(store, scale);
	seedTasks(store, scale);
	seedTime(store, scale);
	seedExtras(store, scale);
	return { apiUserId };
}
