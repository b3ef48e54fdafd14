import { useId, type ReactNode } from 'react';
import type { ScreeningOrder } from '../../../shared/screening/types';

const ORDERS: { order: ScreeningOrder; label: string }[] = [
  { order: 'ranked', label: 'Prioritised' },
  { order: 'random', label: 'Random' },
  { order: 'oldest', label: 'Oldest first' },
];

function isOrder(value: string): value is ScreeningOrder {
  return ORDERS.some((option) => option.order === value);
}

/** The order records are offered in; each decision records the order it was made in. */
export function OrderSelect({ value, onChange }: { value: ScreeningOrder; onChange: (order: ScreeningOrder) => void }): ReactNode {
  const id = useId();
  return (
    <div className="order-select">
      <label htmlFor={id}>Order</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isOrder(event.target.value)) onChange(event.target.value);
        }}
      >
        {ORDERS.map((option) => (
          <option key={option.order} value={option.order}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
