import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import { createI18n } from '../../i18n/setup-i18n';
import { CategoryBadge } from './category-badge';
import { GradeMark } from './grade-mark';

const zones: Pick<Indicator, 'polarity' | 'categories'> = {
  polarity: 'higher-is-better',
  categories: [
    { id: 'hijau', label: { id: 'Zona hijau', en: 'Green zone' }, order: 2 },
    { id: 'merah', label: { id: 'Zona merah', en: 'Red zone' }, order: 0 },
    { id: 'kuning', label: { id: 'Zona kuning', en: 'Yellow zone' }, order: 1 },
  ],
};

function renderIn(language: 'id' | 'en', ui: React.ReactNode) {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}

describe('GradeMark', () => {
  it('marks a secondary figure visibly, focusably and with an explanation', () => {
    renderIn('id', <GradeMark grade="secondary" />);
    const mark = screen.getByText('sekunder');
    expect(mark).toHaveAttribute('tabindex', '0');
    expect(mark.getAttribute('title')).toMatch(/^Sumber sekunder/);
    expect(mark).toHaveAccessibleDescription(/kompilasi pihak lain/);
  });

  it('marks a press quote in English', () => {
    renderIn('en', <GradeMark grade="press" />);
    expect(screen.getByText('press quote')).toHaveAccessibleDescription(/news report/);
  });

  it('shows nothing for an official or an unstated grade unless asked', () => {
    const { container } = renderIn(
      'id',
      <>
        <GradeMark grade="official" />
        <GradeMark grade={undefined} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
    renderIn('id', <GradeMark grade="official" showOfficial />);
    expect(screen.getByText('resmi')).toBeInTheDocument();
  });
});

describe('CategoryBadge', () => {
  it('names the category with the colour of its place from worst to best', () => {
    const { container } = renderIn(
      'id',
      <CategoryBadge indicator={zones} observation={{ category: 'hijau' }} />,
    );
    expect(screen.getByText('Zona hijau')).toBeInTheDocument();
    // Zones named after a colour wear it: merah #d73027, kuning #fee08b, hijau #1a9850.
    expect(container.querySelector('.category-badge__swatch')).toHaveStyle({ background: '#1a9850' });
  });

  it('shows nothing for an observation without a known category', () => {
    const { container } = renderIn(
      'en',
      <>
        <CategoryBadge indicator={zones} observation={{}} />
        <CategoryBadge indicator={zones} observation={{ category: 'biru' }} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
