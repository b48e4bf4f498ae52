import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import type { Region } from '../../../domain/region';
import { useProfileFormat } from '../use-profile-format';
import { printDate, printHeaderVars } from './print-header';
import './print.css';

/**
 * The running header of the printed report (Kinerja Daerah, region, print date, address) goes to the
 * page margins through CSS variables the @page margin boxes read; the same words open the first page for
 * browsers without margin boxes.
 */
export function PrintSetup({ region }: { region: Region }) {
  const { t, language } = useProfileFormat();
  const { pathname } = useLocation();
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const date = printDate(printedAt, language);
  const address = `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${pathname}`;
  const printed = t('phone.printedOn', { date });

  useEffect(
    function setRunningHeader() {
      const style = document.documentElement.style;
      const vars = printHeaderVars({ region: region.name, printed, address });
      for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
      return function clearRunningHeader() {
        for (const name of Object.keys(vars)) style.removeProperty(name);
      };
    },
    [region.name, printed, address],
  );

  useEffect(function dateTheCopyWhenPrinted() {
    const update = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);

  return (
    <p className="print-only print-meta">
      Kinerja Daerah · {region.name} · {printed} · {address}
    </p>
  );
}
