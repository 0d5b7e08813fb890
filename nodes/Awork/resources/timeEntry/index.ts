import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the resource's operations land.
export const timeEntryProperties: INodeProperties[] = [];
