/** The filter tests' way to catch an input error: it must be a FilterInputError, and there must be one. */
import { FilterInputError } from '../../../../../nodes/Awork/shared/filter/literal';

export function errorOf(fn: () => unknown): FilterInputError {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(FilterInputError);
		return error as FilterInputError;
	}
	throw new Error('expected an error');
}
