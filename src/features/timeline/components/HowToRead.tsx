import type { CSSProperties, ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';

const sample = { '--c': '#57534e', '--mark': '12px', width: '56px' } as CSSProperties;

function Row({ shape, children }: { shape: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-3">
      <span className="relative inline-block h-6 w-20 shrink-0">{shape}</span>
      <span>{children}</span>
    </li>
  );
}

function Sample({ className, label }: { className: string; label?: string }) {
  return (
    <span
      className={`tl-unit ${className}`}
      style={{ ...sample, position: 'absolute', left: className.includes('tl-point') ? '10px' : 0 }}
    >
      <span className="tl-shape" />
      {label && <span className="tl-label tl-label-inside">{label}</span>}
    </span>
  );
}

/** A short key to the marks, drawn with the same styles as the timeline itself. */
export function HowToRead() {
  const words = useI18n().t.timeline.howToRead;
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded-md px-2 py-1 text-sm font-medium whitespace-nowrap text-blue-800 underline">
        {words.open}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-4 text-sm shadow-lg">
        <ul className="space-y-2">
          <Row shape={<Sample className="tl-point" />}>{words.day}</Row>
          <Row shape={<Sample className="tl-span" />}>{words.span}</Row>
          <Row shape={<Sample className="tl-span tl-approx" />}>{words.circa}</Row>
          <Row shape={<Sample className="tl-span tl-uncertain" />}>{words.uncertain}</Row>
          <Row shape={<Sample className="tl-span tl-open-end" />}>{words.openEnd}</Row>
          <Row shape={<Sample className="tl-point tl-disputed" />}>{words.disputed}</Row>
          <Row
            shape={
              <span
                className="tl-unit tl-cluster"
                style={
                  { ...sample, width: '24px', position: 'absolute', left: '10px' } as CSSProperties
                }
              >
                12
              </span>
            }
          >
            {words.cluster}
          </Row>
        </ul>
        <p className="mt-3 text-stone-700">{words.gestures}</p>
      </div>
    </details>
  );
}
