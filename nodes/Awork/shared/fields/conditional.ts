/**
 * A field that the editor shows, and the request uses, only while another field (applied before
 * it) has one of some values — e.g. the project picker only for project tasks. A hidden field may
 * still hold an old value; it is ignored, so a hidden required field cannot stop the item.
 */
import type { Field, FieldContext } from './field';

export interface ShownWhen {
	/** The controlling parameter, as the editor names it. */
	parameter: string;
	is: Array<string | boolean>;
	/** Where the controlling field wrote its value (its `to`); default the parameter's name. */
	value?: string;
	/** Runs after the field applied (e.g. to pick the endpoint it belongs to). */
	then?: (context: FieldContext) => void;
}

export function shownWhen(condition: ShownWhen, field: Field): Field {
	const show = field.property.displayOptions?.show;
	return {
		property: { ...field.property, displayOptions: { ...field.property.displayOptions, show: { ...show, [condition.parameter]: condition.is } } },
		async apply(context, path) {
			const current = context.values[condition.value ?? condition.parameter] as string | boolean | undefined;
			if (current === undefined || !condition.is.includes(current)) return;
			await field.apply?.(context, path);
			condition.then?.(context);
		},
	};
}
