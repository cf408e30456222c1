// The statement requirements of xAPI 1.0.3 (Part Two, section 2) that apply to what a learning
// record provider sends, written out as checks. Each problem names the property and the rule.

type Json = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const IRL = /^https?:\/\/[^\s]+$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function nulls(value: unknown, at: string, problems: string[]) {
  if (value === null) problems.push(`${at}: null is not allowed outside extensions`);
  if (Array.isArray(value)) value.forEach((v, i) => nulls(v, `${at}[${i}]`, problems));
  else if (isObject(value)) for (const [key, v] of Object.entries(value)) if (key !== 'extensions') nulls(v, `${at}.${key}`, problems);
}

function only(value: Json, allowed: string[], at: string, problems: string[]) {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${at}.${key}: not a property of ${at}`);
}

function languageMap(value: unknown, at: string, problems: string[]) {
  if (!isObject(value)) return void problems.push(`${at}: must be a language map`);
  for (const [tag, text] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(tag)) problems.push(`${at}: "${tag}" is not an RFC 5646 language tag`);
    if (typeof text !== 'string') problems.push(`${at}.${tag}: must be a string`);
  }
}

function extensions(value: unknown, at: string, problems: string[]) {
  if (!isObject(value)) return void problems.push(`${at}: must be an object`);
  for (const key of Object.keys(value)) if (!IRI.test(key)) problems.push(`${at}: key "${key}" is not an IRI`);
}

function agent(value: unknown, at: string, problems: string[]) {
  if (!isObject(value)) return void problems.push(`${at}: must be an Agent`);
  only(value, ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'], at, problems);
  if (value.objectType !== undefined && value.objectType !== 'Agent') problems.push(`${at}.objectType: must be "Agent"`);
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => value[k] !== undefined);
  if (ifis.length !== 1) problems.push(`${at}: must have exactly one inverse functional identifier (has ${ifis.length})`);
  if (value.account !== undefined) {
    const account = value.account;
    if (!isObject(account)) return void problems.push(`${at}.account: must be an object`);
    only(account, ['homePage', 'name'], `${at}.account`, problems);
    if (typeof account.homePage !== 'string' || !IRL.test(account.homePage)) problems.push(`${at}.account.homePage: must be an IRL`);
    if (typeof account.name !== 'string' || account.name === '') problems.push(`${at}.account.name: must be a non-empty string`);
  }
}

function activity(value: unknown, at: string, problems: string[]) {
  if (!isObject(value)) return void problems.push(`${at}: must be an Activity`);
  only(value, ['objectType', 'id', 'definition'], at, problems);
  if (value.objectType !== undefined && value.objectType !== 'Activity') problems.push(`${at}.objectType: must be "Activity"`);
  if (typeof value.id !== 'string' || !IRI.test(value.id)) problems.push(`${at}.id: must be an IRI`);
  const definition = value.definition;
  if (definition === undefined) return;
  if (!isObject(definition)) return void problems.push(`${at}.definition: must be an object`);
  const d = `${at}.definition`;
  only(definition, ['name', 'description', 'type', 'moreInfo', 'extensions', 'interactionType', 'correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps'], d, problems);
  if (definition.name !== undefined) languageMap(definition.name, `${d}.name`, problems);
  if (definition.description !== undefined) languageMap(definition.description, `${d}.description`, problems);
  if (definition.type !== undefined && (typeof definition.type !== 'string' || !IRI.test(definition.type))) problems.push(`${d}.type: must be an IRI`);
  if (definition.extensions !== undefined) extensions(definition.extensions, `${d}.extensions`, problems);
  const interactive = ['correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps'].some((k) => definition[k] !== undefined);
  if (interactive && definition.interactionType === undefined) problems.push(`${d}: interaction properties need an interactionType`);
  if (definition.interactionType !== undefined && !INTERACTION_TYPES.includes(String(definition.interactionType))) problems.push(`${d}.interactionType: unknown`);
  if (definition.correctResponsesPattern !== undefined) {
    const pattern = definition.correctResponsesPattern;
    if (!Array.isArray(pattern) || pattern.some((p) => typeof p !== 'string')) problems.push(`${d}.correctResponsesPattern: must be an array of strings`);
  }
  if (definition.choices !== undefined) {
    if (definition.interactionType !== 'choice' && definition.interactionType !== 'sequencing') problems.push(`${d}.choices: only for choice and sequencing`);
    const choices = Array.isArray(definition.choices) ? definition.choices : [];
    const ids = new Set<unknown>();
    for (const [i, choice] of choices.entries()) {
      if (!isObject(choice) || typeof choice.id !== 'string') problems.push(`${d}.choices[${i}]: needs a string id`);
      else if (ids.has(choice.id)) problems.push(`${d}.choices[${i}].id: ids must be unique`);
      else ids.add(choice.id);
      if (isObject(choice) && choice.description !== undefined) languageMap(choice.description, `${d}.choices[${i}].description`, problems);
    }
  }
}

function result(value: unknown, problems: string[]) {
  if (!isObject(value)) return void problems.push('result: must be an object');
  only(value, ['score', 'success', 'completion', 'response', 'duration', 'extensions'], 'result', problems);
  if (value.score !== undefined) {
    const score = value.score;
    if (!isObject(score)) return void problems.push('result.score: must be an object');
    only(score, ['scaled', 'raw', 'min', 'max'], 'result.score', problems);
    const { scaled, raw, min, max } = score as Record<string, number | undefined>;
    if (scaled !== undefined && (typeof scaled !== 'number' || scaled < -1 || scaled > 1)) problems.push('result.score.scaled: must be a number from -1 to 1');
    if (min !== undefined && max !== undefined && !(min < max)) problems.push('result.score: min must be less than max');
    if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) problems.push('result.score.raw: must lie between min and max');
  }
  for (const key of ['success', 'completion'] as const) if (value[key] !== undefined && typeof value[key] !== 'boolean') problems.push(`result.${key}: must be a boolean`);
  if (value.response !== undefined && typeof value.response !== 'string') problems.push('result.response: must be a string');
  if (value.duration !== undefined && (typeof value.duration !== 'string' || !DURATION.test(value.duration))) problems.push('result.duration: must be an ISO 8601 duration');
  if (value.extensions !== undefined) extensions(value.extensions, 'result.extensions', problems);
}

function context(value: unknown, problems: string[]) {
  if (!isObject(value)) return void problems.push('context: must be an object');
  only(value, ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'], 'context', problems);
  if (value.registration !== undefined && (typeof value.registration !== 'string' || !UUID.test(value.registration))) problems.push('context.registration: must be a UUID');
  if (value.language !== undefined && (typeof value.language !== 'string' || !LANGUAGE_TAG.test(value.language))) problems.push('context.language: must be an RFC 5646 tag');
  if (value.extensions !== undefined) extensions(value.extensions, 'context.extensions', problems);
  const activities = value.contextActivities;
  if (activities === undefined) return;
  if (!isObject(activities)) return void problems.push('context.contextActivities: must be an object');
  only(activities, ['parent', 'grouping', 'category', 'other'], 'context.contextActivities', problems);
  for (const [key, list] of Object.entries(activities)) {
    for (const [i, item] of (Array.isArray(list) ? list : [list]).entries()) activity(item, `context.contextActivities.${key}[${i}]`, problems);
  }
}

/** Every way a statement breaks the xAPI 1.0.3 statement rules; empty when it keeps them all. */
export function statementProblems(statement: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(statement)) return ['statement: must be an object'];
  only(statement, ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'], 'statement', problems);
  nulls(statement, 'statement', problems);
  for (const required of ['actor', 'verb', 'object']) if (statement[required] === undefined) problems.push(`statement.${required}: required`);
  if (statement.id !== undefined && (typeof statement.id !== 'string' || !UUID.test(statement.id))) problems.push('statement.id: must be a UUID');
  agent(statement.actor, 'actor', problems);
  const verb = statement.verb;
  if (!isObject(verb) || typeof verb.id !== 'string' || !IRI.test(verb.id)) problems.push('verb.id: must be an IRI');
  else if (verb.display !== undefined) languageMap(verb.display, 'verb.display', problems);
  activity(statement.object, 'object', problems);
  if (statement.result !== undefined) result(statement.result, problems);
  if (statement.context !== undefined) context(statement.context, problems);
  if (statement.timestamp !== undefined && (typeof statement.timestamp !== 'string' || !TIMESTAMP.test(statement.timestamp))) problems.push('timestamp: must be ISO 8601 with a time zone');
  return problems;
}
