/** The query layer's 400s: awork answers every bad filter or order with `invalid-filter-or-order`. */
import { ApiError, invalidFilterOrOrder } from '../http/errors';

/** A malformed `filterby`: names the offending token and its 1-based position. */
export function filterSyntaxError(message: string, pos: number): ApiError {
	return invalidFilterOrOrder(`Invalid filterby expression: ${message} at position ${pos + 1}.`);
}

/** A `filterby` or `orderby` naming a property the listed entity does not have. */
export function unknownPropertyError(parameter: 'filterby' | 'orderby', path: string, detail: string): ApiError {
	return invalidFilterOrOrder(`Invalid ${parameter}: the property '${path}' ${detail}.`);
}

export function orderSyntaxError(message: string): ApiError {
	return invalidFilterOrOrder(`Invalid orderby expression: ${message}.`);
}
