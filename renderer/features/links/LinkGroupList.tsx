import { useId, type ReactNode } from 'react';
import type { LinkGroup, LinkItem } from '../../db/links/queries';

interface LinkItemsProps {
  items: readonly LinkItem[];
  onOpen: (id: number) => void;
  /** Offered on links the user made; mention and import links are changed where they come from. */
  onRemove?: (item: LinkItem) => void;
}

/** Abstracts at the other end of some links: each opens on click, and may be removable. */
export function LinkItems({ items, onOpen, onRemove }: LinkItemsProps): ReactNode {
  return (
    <ul className="link-items">
      {items.map((item) => (
        <li key={item.link.id} className="link-item">
          <button type="button" className="link-item-open" onClick={() => onOpen(item.other.id)}>
            <span className="link-item-title" dir="auto">
              {item.other.title}
            </span>
            {item.link.note !== '' && (
              <span className="link-item-note" dir="auto">
                {item.link.note}
              </span>
            )}
          </button>
          {onRemove && (
            <button
              type="button"
              className="link-item-remove"
              aria-label={`Remove link to ${item.other.title}`}
              title="Remove link"
              onClick={() => onRemove(item)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

interface LinkGroupsProps extends Omit<LinkItemsProps, 'items'> {
  groups: readonly LinkGroup[];
}

/** Links grouped by type, each group under its label ("supports", "extended by") and colour. */
export function LinkGroups({ groups, onOpen, onRemove }: LinkGroupsProps): ReactNode {
  return groups.map((group) => <LinkGroupView key={group.type.id} group={group} onOpen={onOpen} onRemove={onRemove} />);
}

function LinkGroupView({ group, onOpen, onRemove }: Omit<LinkItemsProps, 'items'> & { group: LinkGroup }): ReactNode {
  const headingId = useId();
  return (
    <div className="link-group" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="link-group-title">
        <span className="link-type-swatch" style={{ background: group.type.color }} aria-hidden="true" />
        {group.label}
      </h4>
      <LinkItems items={group.items} onOpen={onOpen} onRemove={onRemove} />
    </div>
  );
}
