import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CountryCard } from '@/components/CountryCard';
import { DateCard } from '@/components/DateCard';
import { PersonCard } from '@/components/PersonCard';
import { placeCard, type Box, type Placement } from './position';
import type { EarlierState } from './types';
import type { CardModel } from './view-model';

/** Props of the positioned card (container of the presentational cards). */
export interface CardPopupProps {
  model: CardModel;
  earlier: EarlierState;
  dark: boolean;
  /** The mark's current rectangle in the viewport. */
  markBox: () => Box;
  /** Opened from the keyboard: focus moves into the card. */
  focusOnOpen: boolean;
  /** Changes when the page scrolls or resizes, to place the card again. */
  layoutTick: number;
  onClose: () => void;
}

/** Renders the card for `model` and keeps it next to its mark, inside the viewport, never over the mark. */
export function CardPopup({ model, earlier, dark, markBox, focusOnOpen, layoutTick, onClose }: CardPopupProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const win = el.ownerDocument.defaultView!;
    // Measured at its natural height, then placed; the cap only applies where neither side has room.
    el.style.maxHeight = 'none';
    const size = el.getBoundingClientRect();
    setPlacement(
      placeCard(
        markBox(),
        { width: size.width, height: size.height },
        { width: win.innerWidth, height: win.innerHeight },
      ),
    );
  }, [model, earlier, layoutTick, markBox]);

  useLayoutEffect(() => {
    if (focusOnOpen) ref.current?.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }, [model, focusOnOpen]);

  const style = placement
    ? { left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${placement.maxHeight}px` }
    : { left: '0px', top: '0px', visibility: 'hidden' };
  return (
    <div ref={ref} class={`popup${dark ? ' dark' : ''}`} style={style} data-side={placement?.side}>
      {model.kind === 'person' && (
        <PersonCard
          name={model.name}
          role={model.role}
          countries={model.countries}
          mentionCount={model.mentionCount}
          earlier={earlier}
          onClose={onClose}
        />
      )}
      {model.kind === 'country' && (
        <CountryCard
          code={model.code}
          name={model.name}
          mentionCount={model.mentionCount}
          people={model.people}
          earlier={earlier}
          onClose={onClose}
        />
      )}
      {model.kind === 'date' && (
        <DateCard
          label={model.label}
          quote={model.quote}
          reading={model.reading}
          nearby={model.nearby}
          onClose={onClose}
        />
      )}
    </div>
  );
}
