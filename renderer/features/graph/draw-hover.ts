import type { Attributes } from 'graphology-types';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import type { GraphTheme } from './graph-theme';

const PADDING = 4;

/**
 * Sigma's hover label sits on a white box whatever the theme; this one uses the theme's raised
 * background, border and text colours, so a hovered title reads in dark mode too.
 */
export function themedHover<N extends Attributes, E extends Attributes>(theme: GraphTheme): NodeHoverDrawingFunction<N, E> {
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    // The display data carries every node attribute, so the whole title is there beside the short label.
    const full: unknown = 'fullLabel' in data ? data.fullLabel : undefined;
    const label = typeof full === 'string' ? full : typeof data.label === 'string' ? data.label : '';
    const width = context.measureText(label).width;
    const height = size + 2 * PADDING;
    const left = data.x - data.size - PADDING;
    const top = data.y - height / 2;
    context.beginPath();
    context.roundRect(left, top, data.size * 2 + width + 3 * PADDING + 2, height, 4);
    context.fillStyle = theme.labelBackground;
    context.strokeStyle = theme.labelBorder;
    context.lineWidth = 1;
    context.fill();
    context.stroke();
    context.beginPath();
    context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
    context.fillStyle = data.color;
    context.fill();
    context.fillStyle = theme.label;
    context.fillText(label, data.x + data.size + PADDING, data.y + size / 3);
  };
}
