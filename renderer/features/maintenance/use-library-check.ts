import { useEffect, useState } from 'react';
import { watchLibraryCheck, type LibraryCheck } from '../../db/maintenance/watch';

/** The library's check, fresh after every change to the database; `undefined` while the first run is under way. */
export function useLibraryCheck(): LibraryCheck | undefined {
  const [check, setCheck] = useState<LibraryCheck>();
  useEffect(() => watchLibraryCheck(setCheck), []);
  return check;
}
