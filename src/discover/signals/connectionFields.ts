import type { ProviderHit } from '../scan/hits.js';
import { SETTINGS_FIELD_DETAIL } from './lineSignals.js';

/** The `detail` of a key field of a class that holds one connection's parameters (`markConnectionFields`). */
export const CONNECTION_FIELD_DETAIL = "a field of a connection's parameters";

/**
 * A class named for the parameters of one connection to a data source (`AthenaConnectionInfo`,
 * `S3FileConnectionInfo`, `SnowflakeConnectorConfig`, `DataSourceSettings`). The name is one word, so the match is
 * linear.
 */
const CONNECTION_CLASS =
  /(?:Connection|Connector|DataSource|Datasource)(?:Info|Config|Configuration|Params|Parameters|Settings|Options|Args|Properties)?$/;

const CLASS_LINE = /^class\s+(\w+)/;

/**
 * The class each line of Python code is a member of, where the nearest less indented line above it opens one, for
 * the lines asked about: one pass with a stack of the open lines' indentation, so a file costs linear time whatever
 * its lines (a megabyte of spaces is read once, not once per field below it).
 */
function enclosingClasses(text: string, wanted: ReadonlySet<number>): Map<number, string> {
  const found = new Map<number, string>();
  const open: { indent: number; name: string | undefined }[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    line++;
    let indent = start;
    while (indent < stop && (text[indent] === ' ' || text[indent] === '\t')) indent++;
    const first = text[indent];
    // A blank line or a comment opens nothing and closes nothing.
    if (indent < stop && first !== '#' && first !== '\r') {
      const width = indent - start;
      while (open.length > 0 && open[open.length - 1]!.indent >= width) open.pop();
      const owner = open[open.length - 1];
      if (wanted.has(line) && owner?.name) found.set(line, owner.name);
      const name =
        first === 'c' ? CLASS_LINE.exec(text.slice(indent, Math.min(stop, indent + 200)))?.[1] : undefined;
      open.push({ indent: width, name });
    }
    if (end === -1) break;
    start = end + 1;
  }
  return found;
}

/**
 * Marks a key field that a class of one connection's parameters holds (WrenAI's `AthenaConnectionInfo`, a pydantic
 * model of what each customer gives to connect their own Athena: `aws_access_key_id: SecretStr | None`), read as a
 * settings class's field taken from the environment, a key of ours. It is the customer's: the field is a
 * connection's parameter (`signal: config`), and the vendor a source each customer connects, as in connector code.
 * Pure on the hits of one Python file and its text.
 */
export function markConnectionFields(hits: readonly ProviderHit[], text: string): void {
  const fields = hits.filter((hit) => hit.evidence.detail === SETTINGS_FIELD_DETAIL);
  if (fields.length === 0) return;
  const owners = enclosingClasses(text, new Set(fields.map((hit) => hit.evidence.line)));
  for (const { evidence } of fields) {
    const owner = owners.get(evidence.line);
    if (!owner || !CONNECTION_CLASS.test(owner)) continue;
    evidence.signal = 'config';
    evidence.detail = `${CONNECTION_FIELD_DETAIL} (${owner})`;
  }
}
