import type { ReactNode } from 'react';
import { exportListMarkdown } from '../../db/lists/export';

function fileNameFor(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return `${safe === '' ? 'reading-list' : safe}.md`;
}

/** "Export as Markdown": downloads the list, in order, with notes, as a .md file. */
export function ExportListButton({ listId, name }: { listId: number; name: string }): ReactNode {
  const download = async (): Promise<void> => {
    const markdown = await exportListMarkdown(listId);
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameFor(name);
    link.click();
    // The download has started by the next task; the URL can go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="button button-small" onClick={() => void download()}>
      Export as Markdown
    </button>
  );
}
