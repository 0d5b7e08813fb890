/** The e2e suite on n8n 2.x (2.41.1, Node 24): the packed package in a real, headless n8n server. */
import { describeN8nLine } from './suite';

describeN8nLine('2.x');
