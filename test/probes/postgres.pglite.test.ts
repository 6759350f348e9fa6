import { connectPglite } from './databases.js';
import { describeSetups } from './setups.js';

describeSetups('probe postgres on PGlite with pgvector', connectPglite);
