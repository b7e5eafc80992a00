import type { RouterOutputs } from '@jackpot-portal/api';
import { useTranslations } from 'next-intl';

import { FavouriteButton } from './favourite-button';
import { OfferBadge } from './offer-badge';
import { StoreLogo } from './store-logo';
import { useFavourites } from './use-favourites';
import { useCategoryName } from '~/lib/use-category-name';

type Store = RouterOutputs['catalogue']['store'];

/** The store's logo, name (with its heart, while it is available), category and offers. */
export function StoreHeader({ store }: { store: Store }) {
  const t = useTranslations('catalogue');
  const categoryName = useCategoryName();
  return (
    <header className="mt-4 flex items-center gap-4 sm:gap-6">
      <StoreLogo
        name={store.name}
        src={store.logoLarge ?? store.logoMedium}
        color={store.baseColor}
        size="lg"
        alt={t('logo', { name: store.name })}
      />
      <div className="min-w-0">
        <div className="flex items-center gap-2">
          <h1 className="text-2xl font-extrabold tracking-tight sm:text-3xl">{store.name}</h1>
          {store.enabled && <StoreFavouriteButton store={store} />}
        </div>
        {store.category && <p className="text-sm text-slate-500">{categoryName(store.category)}</p>}
        <div className="mt-2 flex flex-wrap gap-2">
          {store.offers
            .filter((offer) => offer.rateBasisPoints > 0)
            .map((offer) => (
              <OfferBadge
                key={offer.id}
                mode={offer.mode}
                rateBasisPoints={offer.rateBasisPoints}
                className="text-sm"
              />
            ))}
        </div>
      </div>
    </header>
  );
}

/** The page's one heart, with the favourites read for it (an unavailable store has none to read). */
function StoreFavouriteButton({ store }: { store: Store }) {
  const favourites = useFavourites();
  return (
    <FavouriteButton
      storeId={store.id}
      storeName={store.name}
      favourites={favourites}
      className="ring-1 ring-brand-100"
    />
  );
}
