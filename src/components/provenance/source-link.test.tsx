import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceLink } from './source-link';

describe('SourceLink', () => {
  it('links an https source in a new tab without leaking the referrer', () => {
    render(<SourceLink source={{ name: 'BPS', url: 'https://www.bps.go.id/id' }} />);
    const link = screen.getByRole('link', { name: 'BPS' });
    expect(link).toHaveAttribute('href', 'https://www.bps.go.id/id');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'java\tscript:alert(1)'])(
    'shows a %j source as plain text',
    (url) => {
      const { container } = render(<SourceLink source={{ name: 'Sumber <img src=x>', url }} />);
      expect(screen.queryByRole('link')).toBeNull();
      expect(container).toHaveTextContent('Sumber <img src=x>');
      expect(container.querySelector('img, a')).toBeNull();
    },
  );
});
