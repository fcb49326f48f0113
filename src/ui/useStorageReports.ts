import { useEffect, useRef } from 'preact/hooks';
import type { SaveStatus } from '../storage/autosave';
import type { Connection } from '../storage/database';
import type { WidgetError } from './element';

/**
 * Tell the host page when storage lets the widget down: IndexedDB refused (memory only) or a
 * save that failed. Returns a stable reporter for the widget's other errors.
 */
export function useStorageReports(
  connection: Connection['kind'] | null,
  status: SaveStatus,
  onError: ((error: WidgetError) => void) | undefined,
  /** What is kept, in the messages: "answers", "consults". */
  what: string,
): (error: WidgetError) => void {
  const latest = useRef(onError);
  latest.current = onError;
  const report = useRef((error: WidgetError) => latest.current?.(error)).current;
  useEffect(() => {
    if (connection === 'memory') {
      report({
        kind: 'storage',
        message: `IndexedDB is unavailable: ${what} are kept in memory only.`,
      });
    }
  }, [connection, report, what]);
  useEffect(() => {
    if (status === 'failed') {
      report({
        kind: 'storage',
        message: `Saving failed; the ${what} are kept in memory and retried.`,
      });
    }
  }, [status, report, what]);
  return report;
}
