/** The SCORM 1.2 run-time API an LMS places on a window as `API`. */
export type Scorm12Api = {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
};

/** The SCORM 2004 run-time API an LMS places on a window as `API_1484_11`. */
export type Scorm2004Api = {
  Initialize(parameter: ''): string | boolean;
  Terminate(parameter: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(parameter: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
};

export type FoundScormApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };
