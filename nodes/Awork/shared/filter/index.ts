/** The filter and sort compiler of the node and the list-query parameters built on it. */
export {
	checkExpression,
	checkFieldPath,
	combineWithAnd,
	compileFilter,
	compileSort,
	type CompareOperator,
	type Condition,
	type FilterNode,
	type SortKey,
	type TextOperator,
} from './compile';
export { compileConditions, conditionsProperty, type ConditionRow, type ConditionsValue } from './conditions';
export {
	absenceEntity,
	checklistItemEntity,
	commentEntity,
	companyEntity,
	contactInfoEntity,
	fileEntity,
	projectEntity,
	projectStatusEntity,
	projectTemplateEntity,
	projectTypeEntity,
	taskEntity,
	taskListEntity,
	taskStatusEntity,
	teamEntity,
	timeEntryEntity,
	timeEntryV2Entity,
	typeOfWorkEntity,
	userEntity,
	type ListQueryEntity,
} from './entities';
export {
	buildListQuery,
	LIST_QUERY_PARAMETERS,
	listQueryPreSend,
	listQueryProperties,
	type ListQueryParameters,
	type ListQueryParts,
} from './description';
export { fieldDisplayName, type FieldSpec, type FieldType, type ListEndpoint } from './fieldSpec';
export { FilterInputError, formatLiteral, quote, type Literal, type LiteralOptions, type ValueType } from './literal';
export { compileTypedFilter, typedFilterProperty, type TypedFilter } from './typedFilters';
