/** The plain success responses and the 400 rules every domain area answers with. */
import { ApiError, validationFailed, type ValidationError } from '../../http/errors';

export const ok = (body: unknown) => ({ status: 200, body });
export const noContent = () => ({ status: 204 });

/** Throws awork's `validation-failed` when any check produced an error. */
export function assertValid(errors: ValidationError[]): void {
	if (errors.length > 0) throw validationFailed(errors);
}

export const entityArchived = (description: string) => new ApiError(400, 'entity-archived', description);
export const dateDependency = (description: string) => new ApiError(400, 'date-dependency', description);
