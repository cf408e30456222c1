// The parts of the xAPI 1.0.3 statement that Signaal writes.

export type LanguageMap = Record<string, string>;

export type Account = { homePage: string; name: string };

export type Agent = { objectType: 'Agent'; account: Account; name?: string };

export type Verb = { id: string; display: LanguageMap };

export type ActivityDefinition = {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  interactionType?: 'choice';
  correctResponsesPattern?: string[];
  choices?: { id: string; description: LanguageMap }[];
  extensions?: Record<string, unknown>;
};

export type Activity = { objectType: 'Activity'; id: string; definition?: ActivityDefinition };

export type Result = {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
};

export type ContextActivities = { parent?: Activity[]; grouping?: Activity[]; category?: Activity[]; other?: Activity[] };

export type Context = {
  registration?: string;
  contextActivities?: ContextActivities;
  language?: string;
  extensions?: Record<string, unknown>;
};

export type Statement = {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp: string;
};
