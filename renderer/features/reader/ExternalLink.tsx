import type { ReactNode } from 'react';
import { getHost } from '../../host';

/**
 * A link that leaves the app: the host opens it in the system browser (http and https only), so the
 * app's own window never navigates away.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }): ReactNode {
  return (
    <a
      href={href}
      className="external-link"
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault();
        getHost().openExternal(href);
      }}
    >
      {children}
    </a>
  );
}
