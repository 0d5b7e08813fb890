/**
 * The one shape of a bad-input error: it names the field (as the editor shows it), the item and
 * what was expected, and is raised before anything is sent for that item.
 */
import { DateTime } from 'luxon';
import { NodeOperationError, type INode } from 'n8n-workflow';

export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (typeof value === 'string') return value.trim() === '' ? 'an empty value' : `'${value.length > 80 ? `${value.slice(0, 77)}...` : value}'`;
	// Dates from expressions: an invalid one would otherwise read as JSON `null`.
	if (DateTime.isDateTime(value)) return value.isValid ? `'${value.toISO()}'` : `an invalid date (${value.invalidReason})`;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `'${value.toISOString()}'`;
	if (typeof value === 'object') {
		try {
			return JSON.stringify(value).slice(0, 80);
		} catch {
			return 'an object';
		}
	}
	return `'${String(value)}'`;
}

export function inputError(node: INode, itemIndex: number, field: string, expected: string, got: unknown): NodeOperationError {
	return new NodeOperationError(node, `Invalid '${field}' on item ${itemIndex}: expected ${expected}, got ${describeValue(got)}`, {
		itemIndex,
		description: 'Nothing was sent to awork for this item.',
	});
}
