/** `npm run readme`: rewrites the README's resource and operation list from the node description. */
import { writeReadme } from './readme-operations';

writeReadme();
