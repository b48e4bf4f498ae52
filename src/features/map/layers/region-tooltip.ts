export interface TooltipLines {
  title: string;
  value: string;
  detail: string;
  source: string;
  /** A secondary or press-quoted figure: the mark's text and its explanation. */
  grade?: { grade: 'secondary' | 'press'; label: string; explanation: string };
}

/** Tooltip content from text nodes only: names and sources come from data and are never parsed as HTML. */
export function buildTooltip({ title, value, detail, source, grade }: TooltipLines): HTMLElement {
  const root = document.createElement('div');
  const line = (tag: 'strong' | 'div', text: string, className: string) => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    root.append(element);
  };
  line('strong', title, 'region-tooltip__title');
  line('div', value, 'region-tooltip__value');
  if (detail) line('div', detail, 'region-tooltip__detail');
  if (source) line('div', source, 'region-tooltip__source');
  if (grade) {
    const mark = document.createElement('span');
    mark.className = `grade-mark grade-mark--${grade.grade}`;
    mark.textContent = grade.label;
    const explanation = document.createElement('div');
    explanation.className = 'region-tooltip__grade';
    explanation.append(mark, ` ${grade.explanation}`);
    root.append(explanation);
  }
  return root;
}
