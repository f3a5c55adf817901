/** Each page names itself in the tab (and in history), so several Maestro tabs can be told apart. */
import { useEffect } from 'react';

export const APP_NAME = 'Maestro';

export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
