import { describe, expect, it } from 'vitest';

import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { categoryKey } from './category-key';

// The sandbox's categories, as the real Jackpot names them.
const jackpotCategories = [
  'Culture & Loisirs',
  'High-Tech & Électroménager',
  'Sport',
  'Beauté & Bien-être',
  'Maison & Bricolage',
  'Mode & Accessoires',
  'Alimentation',
  'Jouets & Enfants',
  'Voyages & Sorties',
  'Grands magasins',
];

describe('categoryKey', () => {
  it('folds accents, case and punctuation', () => {
    expect(categoryKey('High-Tech & Électroménager')).toBe('high-tech-electromenager');
    expect(categoryKey('Beauté & Bien-être')).toBe('beaute-bien-etre');
  });

  it('has a name in both languages for every category Jackpot uses', () => {
    for (const category of jackpotCategories) {
      expect(en.categories, category).toHaveProperty(categoryKey(category));
      expect(fr.categories, category).toHaveProperty(categoryKey(category));
    }
  });
});
