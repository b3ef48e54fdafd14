import type { ReactNode } from 'react';

export function SnippetNotice(): ReactNode {
  return (
    <p className="snippet-notice">
      <strong>This is a snippet:</strong> the portal cut it at 250 characters. Import a capture that holds the
      full abstract and it will merge in here, keeping both sources.
    </p>
  );
}
