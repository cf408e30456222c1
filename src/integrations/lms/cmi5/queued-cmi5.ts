import Cmi5, { type LaunchParameters } from '@xapi/cmi5/dist/Cmi5.esm.js';
import type { Statement } from '../xapi/xapi.types';

type Sent = ReturnType<Cmi5['sendXapiStatement']>;

/**
 * The maintained cmi5 library does the launch (fetch URL, auth token, LaunchData, learner
 * preferences) and builds the cmi5 defined statements; sending them is handed to Signaal's
 * outbox instead of a direct request, so they are queued while offline and never block the UI.
 */
export class QueuedCmi5 extends Cmi5 {
  private readonly enqueue: (statement: Statement) => void;

  constructor(parameters: LaunchParameters, enqueue: (statement: Statement) => void) {
    super(parameters);
    this.enqueue = enqueue;
  }

  override sendXapiStatement(...[statement, options]: Parameters<Cmi5['sendXapiStatement']>): Sent {
    const transformed = typeof options?.transform === 'function' ? options.transform(statement) : statement;
    this.enqueue(transformed as unknown as Statement);
    // The library only reads the ids of sent statements, and Signaal reads none.
    return Promise.resolve({ data: [transformed.id ?? ''] }) as unknown as Sent;
  }
}
