import { lazy, Suspense, type ComponentProps } from 'react';
import { Toolbar } from './toolbar/Toolbar';

// Only some pages embed: its header loads when first used.
const EmbedHeader = lazy(() => import('./EmbedHeader').then((m) => ({ default: m.EmbedHeader })));

type EmbedProps = Omit<ComponentProps<typeof EmbedHeader>, 'covered'>;
type ToolbarProps = Omit<ComponentProps<typeof Toolbar>, 'covered'>;

/**
 * The page's banner: the compact header of an embed, else the toolbar. `covered` while an
 * overlay lies over it (presenter mode; the reader or sources index on a phone): its controls
 * are then inert, while its title stays the page's level-one heading.
 */
export function PageHeader({
  embed,
  toolbar,
  covered,
}: {
  embed: EmbedProps | null;
  toolbar: ToolbarProps;
  covered: boolean;
}) {
  if (embed) {
    return (
      <Suspense fallback={<div className="h-10" />}>
        <EmbedHeader {...embed} covered={covered} />
      </Suspense>
    );
  }
  return <Toolbar {...toolbar} covered={covered} />;
}
