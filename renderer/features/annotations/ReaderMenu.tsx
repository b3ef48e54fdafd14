import { useState, type ReactNode } from 'react';
import { exportAbstractJsonLd } from '../../db/annotations/export';
import { downloadText, fileStem } from '../../ui/download';
import { MenuButton, type MenuChoice } from '../../ui/MenuButton';

interface MenuAction {
  label: string;
  run: () => Promise<void>;
}

/** The reader's "More actions" menu button (role menu, menuitems), with the annotation export. */
export function ReaderMenu({ abstractId, title }: { abstractId: number; title: string }): ReactNode {
  const [problem, setProblem] = useState<string | null>(null);
  const actions: MenuAction[] = [
    {
      label: 'Export annotations (JSON-LD)',
      run: async () => {
        const jsonLd = await exportAbstractJsonLd(abstractId);
        downloadText(`${fileStem(title)}.annotations.jsonld`, jsonLd, 'application/ld+json');
      },
    },
  ];
  const choices: MenuChoice[] = actions.map((action) => ({
    key: action.label,
    label: action.label,
    run: () => {
      setProblem(null);
      action.run().catch((error: unknown) => setProblem(`${action.label} failed: ${error instanceof Error ? error.message : String(error)}`));
    },
  }));

  return (
    <div className="reader-menu">
      <MenuButton label="More actions" choices={choices} align="right" />
      {problem && (
        <p role="alert" className="reader-menu-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
