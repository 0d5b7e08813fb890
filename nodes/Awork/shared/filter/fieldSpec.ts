/**
 * How a model's filterable properties are described (the generated field lists use it), and
 * the readable names and type hints the condition builder and sort options show for them.
 */

/** The value type of a property, as awork compares it (`guid` and `date` need typed literals). */
export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'guid';

/**
 * `[path, type]`, or `[path, type, collection]` when the path runs through a collection
 * (`['tags/name', 'string', 'tags']`): conditions on it are asked with `tags/any(...)`.
 */
export type FieldSpec = readonly [path: string, type: FieldType, collection?: string];

/** A GET list endpoint answering the model, and the list parameters the spec declares for it. */
export interface ListEndpoint {
	path: string;
	filterby: boolean;
	orderby: boolean;
	paging: boolean;
}

const TYPE_HINTS: Record<FieldType, string> = {
	string: 'text',
	number: 'number',
	boolean: 'true or false',
	date: 'date and time',
	guid: 'ID (GUID)',
};

/** `taskStatus/type` → `Task Status > Type`, `projectTypeId` → `Project Type ID`. */
export function fieldDisplayName(path: string): string {
	return path
		.split('/')
		.map((segment) =>
			segment
				.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
				.replace(/^./, (c) => c.toUpperCase())
				.replace(/\bId\b/g, 'ID')
				.replace(/ (Of|For|In|On|By|To)(?= )/g, (word) => word.toLowerCase()),
		)
		.join(' > ');
}

/** `taskStatus/type: text`, `tags/name: text, in each element of the list 'tags'`. */
export function fieldTypeHint(field: FieldSpec): string {
	const hint = `${field[0]}: ${TYPE_HINTS[field[1]]}`;
	return field[2] ? `${hint}, in each element of the list '${field[2]}'` : hint;
}
