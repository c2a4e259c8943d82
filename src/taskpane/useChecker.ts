/** React binding of the controller: the component re-renders when the checker's snapshot changes. */
import { useSyncExternalStore } from 'react';
import type { Checker, CheckerSnapshot } from './checker';

export function useChecker(checker: Checker): CheckerSnapshot {
  return useSyncExternalStore(checker.subscribe, checker.getSnapshot, checker.getSnapshot);
}
