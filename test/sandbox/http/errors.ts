/** awork's error body (docs/error-handling.md), thrown by any sandbox module and rendered by the server. */
export interface ValidationError {
	property: string;
	message: string;
}

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		readonly description: string,
		readonly validationErrors?: ValidationError[],
		readonly details?: string[],
		readonly headers?: Record<string, string>,
	) {
		super(`${status} ${code}: ${description}`);
	}

	body(traceId: string) {
		return {
			code: this.code,
			description: this.description,
			link: 'https://developers.awork.com/#response-types',
			traceId,
			details: this.details ?? [],
			...(this.validationErrors ? { validationErrors: this.validationErrors } : {}),
		};
	}
}

export const notFound = (entity: string, id: string) =>
	new ApiError(404, 'not-found', `The ${entity} with the id '${id}' could not be found.`);

export const validationFailed = (errors: ValidationError[]) =>
	new ApiError(
		400,
		'validation-failed',
		'The model sent in the request is invalid. See the validation errors for details.',
		errors,
	);

export const invalidOperation = (description: string) => new ApiError(400, 'invalid-operation', description);

export const invalidFilterOrOrder = (description: string) =>
	new ApiError(400, 'invalid-filter-or-order', description);
