/**
 * Tags of any awork entity that has them (projects, tasks): the tag-names field, the bodies of
 * `…/addtags` and `…/deletetags`, and the follow-up step a Create operation uses to tag the new
 * entity. Entity-neutral: the entity's path is a parameter.
 *
 * Add Tags / Remove Tags operation:
 *   operation({ path: '/tasks/{taskId}/addtags', method: 'POST',
 *     fields: [locator('task'), tagNames({ required: true, entity: 'task' }), tagColor()],
 *     body: addTagsBody(), output: [successOutput(['taskId', 'tags'], { always: true })] })
 *   operation({ path: '/tasks/{taskId}/deletetags', …, body: removeTagsBody() })
 * Create operation: `tagNames({ entity: 'task', to: '_tags' })` among its fields and
 *   `after: [addTagsStep({ path: '/tasks/{id}', entity: 'task' })]` (`{id}` is the new entity's ID).
 */
import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { fillPath } from '../descriptions/operation';
import { aworkRequest } from '../transport/request';
import { baseProperty, readParameter, type Field, type FieldContext } from './field';
import { inputError } from './inputError';
import { choice } from './scalars';
import { toList } from './structured';

/** awork's TagForm allows these colors. */
export const TAG_COLORS = ['red', 'coral', 'yellow', 'green', 'teal', 'arctic', 'blue', 'azure', 'purple', 'violet'];
const MAX_TAG_LENGTH = 255;

export interface TagNamesOptions {
	/** 'project', 'task': used in the description. */
	entity: string;
	name?: string;
	displayName?: string;
	description?: string;
	/** The value it fills; default `tags`. Use `_tags` for a follow-up step (never sent with the main request). */
	to?: string;
	required?: boolean;
}

/** Tag names, comma-separated or an array (from an expression); blanks and duplicates dropped, each at most 255 characters. */
export function tagNames(options: TagNamesOptions): Field {
	const displayName = options.displayName ?? 'Tags';
	const expected = `tag names separated by commas (e.g. urgent, design), each at most ${MAX_TAG_LENGTH} characters`;
	return {
		property: {
			...baseProperty({
				name: options.name ?? 'tags',
				displayName,
				description: options.description ?? `Tag names for the ${options.entity}, separated by commas (or an array from an expression), e.g. urgent, design`,
				required: options.required,
				placeholder: 'e.g. urgent, design',
			}),
			type: 'string',
			default: '',
		},
		apply(context, path) {
			const raw = readParameter(context, path);
			if (raw !== undefined && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
				throw inputError(context.node, context.itemIndex, displayName, expected, raw);
			}
			const list = toList(raw);
			if (!list.length) {
				if (options.required) throw inputError(context.node, context.itemIndex, displayName, `at least one tag name (${expected})`, raw);
				return;
			}
			const tooLong = list.find((name) => name.length > MAX_TAG_LENGTH);
			if (tooLong !== undefined) throw inputError(context.node, context.itemIndex, displayName, expected, tooLong);
			context.values[options.to ?? 'tags'] = list;
		},
	};
}

/** The color of the tags being added (awork's tag colors); optional. */
export function tagColor(options: { to?: string } = {}): Field {
	return choice({
		name: 'tagColor',
		displayName: 'Tag Color',
		description: 'The color of tags that do not exist yet in awork; existing tags keep theirs',
		options: [{ name: 'Default', value: '' }, ...TAG_COLORS.map((color) => ({ name: color.charAt(0).toUpperCase() + color.slice(1), value: color }))],
		allowed: ['', ...TAG_COLORS],
		to: options.to ?? 'tagColor',
	});
}

/** `[{ name, color? }]`: awork's `…/addtags` body (TagForm[]). */
export function tagForms(names: string[], color?: string): IDataObject[] {
	return names.map((name) => (color ? { name, color } : { name }));
}

/** `[{ name }]`: awork's `…/deletetags` body (DeleteTagForm[] takes the name only). */
export function deleteTagForms(names: string[]): IDataObject[] {
	return names.map((name) => ({ name }));
}

/** `body` of an Add Tags operation, from the values `tags` (and `tagColor`). */
export function addTagsBody(from = 'tags', colorFrom = 'tagColor') {
	return (values: IDataObject): IDataObject[] => tagForms((values[from] as string[]) ?? [], values[colorFrom] as string | undefined);
}

/** `body` of a Remove Tags operation, from the value `tags`. */
export function removeTagsBody(from = 'tags') {
	return (values: IDataObject): IDataObject[] => deleteTagForms((values[from] as string[]) ?? []);
}

/** The entity's path from a template: `{id}` is the entity's ID, other placeholders come from the values. */
export function entityPath(template: string, context: FieldContext, entity: IDataObject): string {
	return fillPath(template, { ...context.values, id: entity.id as string }, new Set());
}

/**
 * A follow-up request of a Create failed: the entity exists, so say so (with its ID), and pass on
 * awork's reason. Retrying the item would create it a second time.
 */
export function followUpError(context: FieldContext, entityLabel: string, entity: IDataObject, what: string, error: unknown): NodeOperationError {
	const reason = (error as Error).message;
	return new NodeOperationError(context.node, `The ${entityLabel} was created (ID ${String(entity.id)}), but ${what} failed: ${reason}`, {
		itemIndex: context.itemIndex,
		description: `Fix the input and apply it to the existing ${entityLabel}; running the item again would create another ${entityLabel}.`,
	});
}

/**
 * After a Create: adds the tag names in `from` (default `_tags`) to the new entity through
 * `POST <path>/addtags`, and returns the entity with awork's tags merged into `tags`.
 */
export function addTagsStep(options: { path: string; entity: string; from?: string; colorFrom?: string }) {
	const from = options.from ?? '_tags';
	return async (context: FieldContext, entity: IDataObject): Promise<IDataObject | void> => {
		const names = context.values[from] as string[] | undefined;
		if (!names?.length) return;
		let answer: unknown;
		try {
			answer = await aworkRequest.call(context.fn, {
				method: 'POST',
				path: `${entityPath(options.path, context, entity)}/addtags`,
				body: tagForms(names, options.colorFrom ? (context.values[options.colorFrom] as string | undefined) : undefined),
				itemIndex: context.itemIndex,
			});
		} catch (error) {
			throw followUpError(context, options.entity, entity, 'adding its tags', error);
		}
		const known = Array.isArray(entity.tags) ? (entity.tags as IDataObject[]) : [];
		const added = Array.isArray(answer) ? (answer as IDataObject[]) : [];
		const byName = new Map([...known, ...added].map((tag) => [String(tag.name).toLowerCase(), tag]));
		return { ...entity, tags: [...byName.values()] };
	};
}
